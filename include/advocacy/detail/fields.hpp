// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// One list of each model type's fields, in the spirit of nlohmann's
/// NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE: the type's header specializes `fields_of` with its members
/// by their document names, and the JSON writer and readers, the Python dictionaries and the
/// hashes all walk that list, so none of them can miss a field or spell it differently. The list
/// must name every member: `described` checks it against the number of members the aggregate
/// has, so a member added without its entry does not compile.

#include "advocacy/compact_string.hpp"

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace advocacy::detail {

/// How a document treats a field.
enum class presence : unsigned char {
    optional,  ///< written always; when absent (or null) on reading, the member keeps its default
    required,  ///< written always; a document without it is refused
    if_set,    ///< written only when it differs from its default (keys newer schema versions added)
};

/// One member of `Class`: its name in documents (JSON, Python dicts), the member, its presence.
template <class Class, class Member>
struct field {
    using value_type = Member;
    std::string_view name;
    Member Class::*member;
    presence use = presence::optional;
};

template <class Class, class Member>
constexpr auto make_field(std::string_view name, Member Class::*member, presence use = presence::optional)
    -> field<Class, Member> {
    return {name, member, use};
}

/// Specialized in the header of each described type: `static constexpr std::tuple list{...}` of
/// make_field(...), in document order.
template <class T>
struct fields_of;

/// Converts to anything; counts an aggregate's members (how many of it `T{...}` takes).
struct any_member {
    template <class U>
    operator U() const noexcept;  // NOLINT(google-explicit-constructor): declared only, never called
};

template <class T, class... Taken>
consteval auto member_count() -> std::size_t {
    if constexpr (requires { T{Taken{}..., any_member{}}; }) {
        return member_count<T, Taken..., any_member>();
    } else {
        return sizeof...(Taken);
    }
}

template <class T>
inline constexpr std::size_t field_count = std::tuple_size_v<decltype(fields_of<T>::list)>;

/// A type whose field list names each of its members once.
template <class T>
concept described = requires { fields_of<T>::list; } && field_count<T> == member_count<T>();

/// Calls `f(field)` for each field of T, in document order.
template <class T, class F>
constexpr void for_each_field(F&& f) {
    std::apply([&](const auto&... each) { (f(each), ...); }, fields_of<T>::list);
}

/// Calls `f(field)` for the field of T at `index` (none when out of range).
template <class T, class F>
constexpr void with_field(std::size_t index, F&& f) {
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        ((index == I ? (void)f(std::get<I>(fields_of<T>::list)) : void()), ...);
    }(std::make_index_sequence<field_count<T>>{});
}

/// The field names of T, in document order.
template <class T>
constexpr auto field_names() -> std::array<std::string_view, field_count<T>> {
    return std::apply([](const auto&... each) { return std::array<std::string_view, field_count<T>>{each.name...}; },
                      fields_of<T>::list);
}

/// The bit set of T's required fields, bit i for the field at index i.
template <class T>
constexpr auto required_fields() -> std::uint32_t {
    static_assert(field_count<T> <= 32);
    std::uint32_t bits = 0;
    std::size_t i = 0;
    for_each_field<T>([&](const auto& f) {
        if (f.use == presence::required) bits |= std::uint32_t{1} << i;
        ++i;
    });
    return bits;
}

/// Whether a member type is an optional or a vector, for the code that walks the lists.
template <class T>
inline constexpr bool is_optional = false;
template <class T>
inline constexpr bool is_optional<std::optional<T>> = true;
template <class T>
inline constexpr bool is_vector = false;
template <class T>
inline constexpr bool is_vector<std::vector<T>> = true;
/// Whether a member type is text: a std::string, or the compact_string of the texts a campaign
/// holds many of (a group's, its place's, its contacts').
template <class T>
inline constexpr bool is_text = std::is_same_v<T, std::string> || std::is_same_v<T, compact_string>;

/// Whether `value` (a member) is its type's default, for presence::if_set.
template <class V>
auto is_default(const V& value) -> bool {
    if constexpr (std::is_default_constructible_v<V>) {
        return value == V{};
    } else {
        return false;
    }
}

// -- hashing, derived from the list

template <class T>
auto hash_value(const T& value) noexcept -> std::size_t;

/// Mixes the hash `h` into `seed` (the boost::hash_combine recipe).
inline void mix(std::size_t& seed, std::size_t h) noexcept { seed ^= h + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2); }

template <class Rep, class Period>
auto hash_value(const std::chrono::duration<Rep, Period>& value) noexcept -> std::size_t {
    return std::hash<Rep>{}(value.count());
}

template <class T>
auto hash_value(const std::vector<T>& values) noexcept -> std::size_t {
    std::size_t seed = values.size();
    for (const auto& v : values) mix(seed, hash_value(v));
    return seed;
}

template <class T>
auto hash_value(const std::optional<T>& value) noexcept -> std::size_t {
    return value ? hash_value(*value) + 1 : 0;
}

/// The hash of a described type: every field's, mixed in order (consistent with a defaulted ==).
template <described T>
auto hash_fields(const T& value) noexcept -> std::size_t {
    std::size_t seed = field_count<T>;
    for_each_field<T>([&](const auto& f) { mix(seed, hash_value(value.*(f.member))); });
    return seed;
}

template <class T>
auto hash_value(const T& value) noexcept -> std::size_t {
    if constexpr (requires { fields_of<T>::list; }) {
        return hash_fields(value);
    } else if constexpr (std::is_enum_v<T>) {
        return std::hash<std::underlying_type_t<T>>{}(static_cast<std::underlying_type_t<T>>(value));
    } else {
        return std::hash<T>{}(value);
    }
}

}  // namespace advocacy::detail
