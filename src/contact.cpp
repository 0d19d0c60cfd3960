// SPDX-License-Identifier: MIT
#include "advocacy/contact.hpp"

#include "advocacy/detail/checks.hpp"
#include "advocacy/error.hpp"

#include <algorithm>
#include <ostream>

namespace advocacy {
namespace {

auto is_space(char c) noexcept -> bool { return c == ' ' || c == '\t'; }

// Where the extension of a phone number starts ("x12", "ext. 12", "extension 12"), or npos.
// Only these markers may bring letters into a phone number.
auto extension_start(std::string_view phone) noexcept -> std::size_t {
    auto it = std::find_if(phone.begin(), phone.end(), [](char c) { return detail::is_alpha(c); });
    return it == phone.end() ? std::string_view::npos : static_cast<std::size_t>(it - phone.begin());
}

// Whether `text` (from the first letter on) is an extension: a marker, optional spaces, digits.
auto is_extension(std::string_view text) -> bool {
    std::string marker;
    std::size_t i = 0;
    while (i < text.size() && (detail::is_alpha(text[i]) || text[i] == '.')) marker += detail::to_lower(text[i++]);
    if (marker != "x" && marker != "ext" && marker != "ext." && marker != "extension") return false;
    while (i < text.size() && is_space(text[i])) ++i;
    std::size_t digits = 0;
    while (i < text.size() && detail::is_digit(text[i])) {
        ++i;
        ++digits;
    }
    while (i < text.size() && is_space(text[i])) ++i;
    return digits > 0 && i == text.size();
}

}  // namespace

void detail::check_email(std::string_view field, std::string_view email, std::string_view shown) {
    const auto said = [&] { return shown.empty() ? quoted(email) : std::string(shown); };
    // One pass: every character checked, the @s counted and the last one kept.
    std::size_t ats = 0;
    std::size_t at = 0;
    for (std::size_t i = 0; i < email.size(); ++i) {
        const auto c = static_cast<unsigned char>(email[i]);
        if (c <= 0x20 || c == 0x7f) throw validation_error(std::string(field), said() + " holds a space or control character");
        if (c == '@') {
            ++ats;
            at = i;
        }
    }
    if (ats != 1) {
        throw validation_error(std::string(field), said() + (ats == 0 ? " has no @" : " has more than one @") +
                                                       ": expected one, as in name@example.org");
    }
    if (at == 0) throw validation_error(std::string(field), said() + " has nothing before the @");
    const auto domain = email.substr(at + 1);
    const auto dot = domain.find('.');
    if (domain.empty() || dot == std::string_view::npos) {
        throw validation_error(std::string(field), said() + ": the domain after the @ needs a dot, as in example.org");
    }
    if (domain.front() == '.' || domain.back() == '.') {
        throw validation_error(std::string(field), said() + ": the domain after the @ must not start or end with a dot");
    }
}

void detail::check_phone(std::string_view field, std::string_view phone, std::string_view shown) {
    const auto said = [&] { return shown.empty() ? quoted(phone) : std::string(shown); };
    const auto ext = extension_start(phone);
    const auto number = phone.substr(0, ext);
    if (ext != std::string_view::npos && !is_extension(phone.substr(ext))) {
        throw validation_error(std::string(field), said() + " holds letters: only an extension such as \"x123\" or \"ext. 12\" "
                                                           "may follow the number");
    }
    bool seen_non_space = false;
    for (std::size_t i = 0; i < number.size(); ++i) {
        const char c = number[i];
        if (c == '+') {
            if (seen_non_space) throw validation_error(std::string(field), said() + ": a + may only come first");
        } else if (!detail::is_digit(c) && !is_space(c) && std::string_view("()-./").find(c) == std::string_view::npos) {
            throw validation_error(std::string(field), said() + " holds " + detail::quoted(std::string_view(&c, 1)) +
                                                           " at offset " + std::to_string(i) +
                                                           ": expected digits, spaces and + ( ) - . /");
        }
        if (!is_space(c)) seen_non_space = true;
    }
    if (std::none_of(number.begin(), number.end(), detail::is_digit)) {
        throw validation_error(std::string(field), said() + " has no digits");
    }
}

auto contact::phone_digits() const -> std::string {
    const auto number = std::string_view(phone).substr(0, extension_start(phone));
    std::string out;
    const auto first = number.find_first_not_of(" \t");
    if (first != std::string_view::npos && number[first] == '+') out += '+';
    for (char c : number) {
        if (detail::is_digit(c)) out += c;
    }
    return out;
}

void validate(const contact& person) {
    // A contact becomes a vCard: one field per line.
    detail::check_required_line("contact.name", person.name);
    detail::check_single_line("contact.role", person.role);
    detail::check_single_line("contact.email", person.email);
    detail::check_single_line("contact.phone", person.phone);
    if (!person.email.empty()) detail::check_email("contact.email", person.email, {});
    if (!person.phone.empty()) detail::check_phone("contact.phone", person.phone, {});
}

auto to_string(const contact& person) -> std::string {
    std::string out = person.name;
    auto append = [&out](std::string_view separator, std::string_view part) {
        if (!out.empty()) out += separator;
        out += part;
    };
    if (!person.role.empty()) append(" ", "(" + person.role + ")");
    if (!person.email.empty()) append(" ", "<" + person.email + ">");
    if (!person.phone.empty()) append(", ", person.phone);
    return out;
}

auto operator<<(std::ostream& out, const contact& person) -> std::ostream& { return out << to_string(person); }

}  // namespace advocacy

static_assert(advocacy::detail::described<advocacy::contact>, "fields_of<contact> must name every member once");

auto std::hash<advocacy::contact>::operator()(const advocacy::contact& person) const noexcept -> std::size_t {
    return advocacy::detail::hash_fields(person);
}
