// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// A string in 16 bytes: the text fields of the types a campaign holds by the hundred thousand
/// (a group, its place, its contacts), most of them empty or short.

#include <algorithm>
#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <string_view>

namespace advocacy {

/// A string of UTF-8 text held in 16 bytes, half a `std::string`'s 32: up to 15 bytes in place,
/// a longer text in one exact allocation of its own. A regular value that reads as the text it
/// holds: it converts to `std::string_view` and to `std::string`, compares, orders and hashes as
/// its text, and is made or assigned from a `std::string`, a `std::string_view` or a literal. It
/// is always NUL-terminated (`c_str()`); `+=` makes the text again, so build a long text in a
/// std::string first.
class compact_string {
public:
    using value_type = char;
    using size_type = std::size_t;
    using const_iterator = const char*;
    using iterator = const_iterator;
    static constexpr size_type npos = std::string_view::npos;

    /// The most bytes held in place, without an allocation.
    static constexpr size_type inline_capacity = 15;

    /// The empty text.
    compact_string() noexcept { bytes_[tag_at] = inline_capacity; }
    /// A copy of `text`; std::length_error past 4 GiB.
    compact_string(std::string_view text) { assign_new(text); }  // NOLINT(google-explicit-constructor)
    compact_string(const char* text) : compact_string(std::string_view(text)) {}  // NOLINT(google-explicit-constructor)
    compact_string(const std::string& text) : compact_string(std::string_view(text)) {}  // NOLINT(google-explicit-constructor)
    compact_string(std::nullptr_t) = delete;

    compact_string(const compact_string& other) {
        if (other.on_heap()) {
            assign_new(other.view());
        } else {
            std::memcpy(bytes_, other.bytes_, sizeof bytes_);
        }
    }
    compact_string(compact_string&& other) noexcept {
        std::memcpy(bytes_, other.bytes_, sizeof bytes_);
        other.make_empty();
    }
    auto operator=(const compact_string& other) -> compact_string& {
        if (this != &other) *this = compact_string(other);
        return *this;
    }
    auto operator=(compact_string&& other) noexcept -> compact_string& {
        if (this != &other) {
            release();
            std::memcpy(bytes_, other.bytes_, sizeof bytes_);
            other.make_empty();
        }
        return *this;
    }
    auto operator=(std::string_view text) -> compact_string& { return *this = compact_string(text); }
    auto operator=(const char* text) -> compact_string& { return *this = compact_string(text); }
    auto operator=(const std::string& text) -> compact_string& { return *this = compact_string(text); }
    ~compact_string() { release(); }

    /// The text.
    [[nodiscard]] auto view() const noexcept -> std::string_view { return {data(), size()}; }
    operator std::string_view() const noexcept { return view(); }  // NOLINT(google-explicit-constructor)
    operator std::string() const { return std::string(view()); }   // NOLINT(google-explicit-constructor)

    [[nodiscard]] auto data() const noexcept -> const char* {
        return on_heap() ? heap_pointer() : reinterpret_cast<const char*>(bytes_);
    }
    /// The text followed by a NUL.
    [[nodiscard]] auto c_str() const noexcept -> const char* { return data(); }
    [[nodiscard]] auto size() const noexcept -> size_type {
        if (on_heap()) {
            std::uint32_t n = 0;
            std::memcpy(&n, bytes_ + sizeof(char*), sizeof n);
            return n;
        }
        return inline_capacity - bytes_[tag_at];
    }
    [[nodiscard]] auto length() const noexcept -> size_type { return size(); }
    [[nodiscard]] auto empty() const noexcept -> bool { return size() == 0; }
    [[nodiscard]] auto begin() const noexcept -> const_iterator { return data(); }
    [[nodiscard]] auto end() const noexcept -> const_iterator { return data() + size(); }
    [[nodiscard]] auto operator[](size_type i) const noexcept -> const char& { return data()[i]; }
    [[nodiscard]] auto front() const noexcept -> const char& { return data()[0]; }
    [[nodiscard]] auto back() const noexcept -> const char& { return data()[size() - 1]; }
    /// The searches of std::string_view, on the text: no copy is made.
    [[nodiscard]] auto find(std::string_view what, size_type from = 0) const noexcept -> size_type {
        return view().find(what, from);
    }
    [[nodiscard]] auto find(char what, size_type from = 0) const noexcept -> size_type { return view().find(what, from); }
    [[nodiscard]] auto rfind(std::string_view what, size_type from = npos) const noexcept -> size_type {
        return view().rfind(what, from);
    }
    [[nodiscard]] auto rfind(char what, size_type from = npos) const noexcept -> size_type { return view().rfind(what, from); }
    [[nodiscard]] auto find_first_of(std::string_view any, size_type from = 0) const noexcept -> size_type {
        return view().find_first_of(any, from);
    }
    [[nodiscard]] auto find_first_of(char any, size_type from = 0) const noexcept -> size_type {
        return view().find_first_of(any, from);
    }
    [[nodiscard]] auto find_last_of(std::string_view any, size_type from = npos) const noexcept -> size_type {
        return view().find_last_of(any, from);
    }
    [[nodiscard]] auto find_last_of(char any, size_type from = npos) const noexcept -> size_type {
        return view().find_last_of(any, from);
    }
    [[nodiscard]] auto find_first_not_of(std::string_view any, size_type from = 0) const noexcept -> size_type {
        return view().find_first_not_of(any, from);
    }
    [[nodiscard]] auto find_last_not_of(std::string_view any, size_type from = npos) const noexcept -> size_type {
        return view().find_last_not_of(any, from);
    }
    [[nodiscard]] auto starts_with(std::string_view prefix) const noexcept -> bool { return view().starts_with(prefix); }
    [[nodiscard]] auto ends_with(std::string_view suffix) const noexcept -> bool { return view().ends_with(suffix); }
    /// A copy of part of the text, as std::string::substr.
    [[nodiscard]] auto substr(size_type from = 0, size_type count = std::string_view::npos) const -> std::string {
        return std::string(view().substr(from, count));
    }

    /// Appends `more`: the text is made again (an allocation past 15 bytes), as a field is
    /// written once or twice, not built up piece by piece.
    auto operator+=(std::string_view more) -> compact_string& {
        if (!more.empty()) *this = compact_string(join(view(), more));
        return *this;
    }
    auto operator+=(char more) -> compact_string& { return *this += std::string_view(&more, 1); }

    /// Makes the text empty.
    void clear() noexcept {
        release();
        make_empty();
    }

    friend void swap(compact_string& a, compact_string& b) noexcept {
        unsigned char held[sizeof a.bytes_];
        std::memcpy(held, a.bytes_, sizeof held);
        std::memcpy(a.bytes_, b.bytes_, sizeof held);
        std::memcpy(b.bytes_, held, sizeof held);
    }

    friend auto operator==(const compact_string& a, const compact_string& b) noexcept -> bool {
        return a.view() == b.view();
    }
    friend auto operator<=>(const compact_string& a, const compact_string& b) noexcept -> std::strong_ordering {
        return a.view() <=> b.view();
    }
    /// Compares with anything that reads as a string_view: a std::string, a literal.
    template <class Text>
        requires std::convertible_to<const Text&, std::string_view>
    friend auto operator==(const compact_string& a, const Text& b) noexcept -> bool {
        return a.view() == std::string_view(b);
    }
    template <class Text>
        requires std::convertible_to<const Text&, std::string_view>
    friend auto operator<=>(const compact_string& a, const Text& b) noexcept -> std::strong_ordering {
        return a.view() <=> std::string_view(b);
    }

    /// Joins as std::string's + does, giving a std::string.
    friend auto operator+(const compact_string& a, std::string_view b) -> std::string { return join(a.view(), b); }
    friend auto operator+(std::string_view a, const compact_string& b) -> std::string { return join(a, b.view()); }
    friend auto operator+(const compact_string& a, const compact_string& b) -> std::string {
        return join(a.view(), b.view());
    }
    friend auto operator+(const compact_string& a, const char* b) -> std::string { return join(a.view(), b); }
    friend auto operator+(const char* a, const compact_string& b) -> std::string { return join(a, b.view()); }
    friend auto operator+(const compact_string& a, const std::string& b) -> std::string { return join(a.view(), b); }
    friend auto operator+(const std::string& a, const compact_string& b) -> std::string { return join(a, b.view()); }
    friend auto operator+(std::string&& a, const compact_string& b) -> std::string { return std::move(a.append(b.view())); }
    friend auto operator+(const compact_string& a, char b) -> std::string { return join(a.view(), std::string_view(&b, 1)); }
    friend auto operator+(char a, const compact_string& b) -> std::string { return join(std::string_view(&a, 1), b.view()); }

private:
    // bytes_[15] tells the two forms apart: 0-15 in place (15 less the size, so a text of 15 bytes
    // ends with the NUL that tag is), heap_tag when the text is on the heap, where the first 8 bytes
    // point at it and the next 4 hold its size.
    static constexpr std::size_t tag_at = 15;
    static constexpr unsigned char heap_tag = 0xFF;

    [[nodiscard]] auto on_heap() const noexcept -> bool { return bytes_[tag_at] == heap_tag; }
    [[nodiscard]] auto heap_pointer() const noexcept -> char* {
        char* p = nullptr;
        std::memcpy(&p, bytes_, sizeof p);
        return p;
    }
    void make_empty() noexcept {
        bytes_[0] = 0;
        bytes_[tag_at] = inline_capacity;
    }
    void release() noexcept {
        if (on_heap()) delete[] heap_pointer();
    }
    // Fills a string not yet holding anything (or released).
    void assign_new(std::string_view text) {
        if (text.size() <= inline_capacity) {
            std::memcpy(bytes_, text.data(), text.size());
            bytes_[text.size()] = 0;
            bytes_[tag_at] = static_cast<unsigned char>(inline_capacity - text.size());
            return;
        }
        if (text.size() > UINT32_MAX - 1) throw std::length_error("advocacy::compact_string: a text past 4 GiB");
        char* p = new char[text.size() + 1];
        std::memcpy(p, text.data(), text.size());
        p[text.size()] = 0;
        const auto n = static_cast<std::uint32_t>(text.size());
        std::memcpy(bytes_, &p, sizeof p);
        std::memcpy(bytes_ + sizeof p, &n, sizeof n);
        bytes_[tag_at] = heap_tag;
    }
    static auto join(std::string_view a, std::string_view b) -> std::string {
        std::string out;
        out.reserve(a.size() + b.size());
        out.append(a).append(b);
        return out;
    }

    alignas(8) unsigned char bytes_[16]{};  // all set, so that no byte is ever read unset
};

/// The text as a std::string.
inline auto to_string(const compact_string& text) -> std::string { return std::string(text.view()); }

/// Writes the text.
template <class CharT, class Traits>
auto operator<<(std::basic_ostream<CharT, Traits>& out, const compact_string& text) -> std::basic_ostream<CharT, Traits>& {
    return out << text.view();
}

}  // namespace advocacy

/// Hashes the text, as std::hash<std::string_view> does, consistent with ==.
template <>
struct std::hash<advocacy::compact_string> {
    auto operator()(const advocacy::compact_string& text) const noexcept -> std::size_t {
        return std::hash<std::string_view>{}(text.view());
    }
};
