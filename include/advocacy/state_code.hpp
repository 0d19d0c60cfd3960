// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// A state or province code ("MD", "ON", "NSW"): a type of its own, so that a state (where a
/// place is) and a campaign's region (a name such as "Mid Atlantic" that covers several states)
/// cannot be passed the one for the other.

#include "advocacy/error.hpp"

#include <array>
#include <compare>
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

namespace advocacy {

/// A state or province code of 1 to 3 upper-case ASCII letters or digits ("MD", "ON", "NSW",
/// ISO 3166-2's part after the country), or empty where the state is not known. A regular value
/// held in four bytes: `state_code{"MD"}`, or `"MD"_state` with `using namespace
/// advocacy::literals`, which is checked when the program is compiled.
class state_code {
public:
    /// The empty code: no state known.
    constexpr state_code() noexcept = default;

    /// `code` as a state code; "" gives the empty code. Throws validation_error("state", ...) for
    /// anything else than 1-3 upper-case letters or digits (no case is folded: "md" is refused).
    constexpr explicit state_code(std::string_view code) {
        if (!valid(code)) {
            throw validation_error("state", "\"" + std::string(code.substr(0, 40)) +
                                                (code.size() > 40 ? "...\"" : "\"") +
                                                " is not a state or province code: expected 1-3 upper-case letters "
                                                "or digits, such as \"MD\"");
        }
        for (std::size_t i = 0; i < code.size(); ++i) chars_[i] = code[i];
    }

    /// Whether `code` would make a state_code: empty, or 1-3 upper-case ASCII letters or digits.
    static constexpr auto valid(std::string_view code) noexcept -> bool {
        if (code.size() > 3) return false;
        for (char c : code) {
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
        }
        return true;
    }

    /// The code as written ("MD"); empty for the empty code. Valid as long as this object.
    [[nodiscard]] constexpr auto str() const noexcept -> std::string_view {
        return std::string_view(chars_.data(), size());
    }
    /// Whether no state is known.
    [[nodiscard]] constexpr auto empty() const noexcept -> bool { return chars_[0] == '\0'; }
    /// The number of characters, 0 to 3.
    [[nodiscard]] constexpr auto size() const noexcept -> std::size_t {
        std::size_t n = 0;
        while (n < 3 && chars_[n] != '\0') ++n;
        return n;
    }

    friend constexpr auto operator<=>(const state_code&, const state_code&) noexcept = default;
    friend constexpr bool operator==(const state_code&, const state_code&) noexcept = default;

private:
    std::array<char, 4> chars_{};  // NUL-padded, so the defaulted comparisons order as the text
};

/// The code as a string: "MD", or "" for the empty code.
inline auto to_string(state_code state) -> std::string { return std::string(state.str()); }

/// Writes the code as it is written ("MD").
template <class CharT, class Traits>
auto operator<<(std::basic_ostream<CharT, Traits>& out, state_code state) -> std::basic_ostream<CharT, Traits>& {
    return out << state.str();
}

inline namespace literals {
/// `"MD"_state`: a state code checked at compile time (a bad code does not compile).
consteval auto operator""_state(const char* text, std::size_t size) -> state_code {
    return state_code{std::string_view(text, size)};
}
}  // namespace literals

}  // namespace advocacy

/// Hashes the code's characters, consistent with ==.
template <>
struct std::hash<advocacy::state_code> {
    auto operator()(advocacy::state_code state) const noexcept -> std::size_t {
        return std::hash<std::string_view>{}(state.str());
    }
};
