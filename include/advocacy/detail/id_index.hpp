// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// Positions in a list, found by the id of the object at each: the campaign's lookup by id.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace advocacy::detail {

/// A hash table of positions into a list whose objects carry unique ids. It stores no ids, only
/// each position and its id's hash (8 bytes a slot, open addressing with linear probing, at most
/// 3/4 full), so it costs 11–21 bytes an object where a std::unordered_map<std::string, size_t>
/// costs about 80. Lookups and inserts take the list's ids through `id_of(position)`, which must
/// give the id the object had when it was inserted. Positions are below 2^32 - 1.
class id_index {
public:
    /// The hash the index keeps for `id`: computed once, it serves find_hashed and insert_hashed.
    static auto hash_of(std::string_view id) noexcept -> std::uint32_t {
        const auto full = std::hash<std::string_view>{}(id);
        return static_cast<std::uint32_t>(full ^ (full >> 32));
    }

    /// The position of the object whose id is `id`, if any.
    template <class IdOf>
    auto find(std::string_view id, const IdOf& id_of) const -> std::optional<std::size_t> {
        return find_hashed(hash_of(id), id, id_of);
    }

    /// find(id, id_of), `hash` being hash_of(id).
    template <class IdOf>
    auto find_hashed(std::uint32_t hash, std::string_view id, const IdOf& id_of) const -> std::optional<std::size_t> {
        if (slots_.empty()) return std::nullopt;
        for (std::size_t at = hash & mask(); slots_[at].position != empty; at = (at + 1) & mask()) {
            if (slots_[at].hash == hash && id_of(std::size_t{slots_[at].position}) == id) {
                return std::size_t{slots_[at].position};
            }
        }
        return std::nullopt;
    }

    template <class IdOf>
    auto contains(std::string_view id, const IdOf& id_of) const -> bool {
        return find(id, id_of).has_value();
    }

    /// Adds `position` under `id`, which no other position in the index has. Strong guarantee;
    /// after reserve(size() + 1) it cannot fail.
    void insert(std::string_view id, std::size_t position) { insert_hashed(hash_of(id), position); }

    /// insert(id, position), `hash` being hash_of(id): reads nothing of the object.
    void insert_hashed(std::uint32_t hash, std::size_t position) {
        if (position >= empty) throw std::length_error("advocacy: more than 2^32 - 2 objects of one kind");
        if (4 * (size_ + 1) > 3 * slots_.size()) reserve(size_ + 1);
        place(slot{hash, static_cast<std::uint32_t>(position)});
        ++size_;
    }

    /// Makes room for `count` objects in all, so inserting them allocates no more.
    void reserve(std::size_t count) {
        if (count >= empty) throw std::length_error("advocacy: more than 2^32 - 2 objects of one kind");
        std::size_t capacity = slots_.empty() ? 16 : slots_.size();
        while (4 * count > 3 * capacity) capacity *= 2;
        if (capacity > slots_.size()) rehash(capacity);
    }

    void clear() noexcept {
        slots_.clear();
        size_ = 0;
    }

    auto size() const noexcept -> std::size_t { return size_; }

private:
    static constexpr std::uint32_t empty = 0xffffffffu;
    struct slot {
        std::uint32_t hash = 0;
        std::uint32_t position = empty;
    };

    auto mask() const noexcept -> std::size_t { return slots_.size() - 1; }

    void place(slot s) noexcept {
        std::size_t at = s.hash & mask();
        while (slots_[at].position != empty) at = (at + 1) & mask();
        slots_[at] = s;
    }
    void rehash(std::size_t capacity) {
        std::vector<slot> old(capacity);
        old.swap(slots_);
        for (const auto& s : old) {
            if (s.position != empty) place(s);
        }
    }

    std::vector<slot> slots_;  // a power of two in size, or empty
    std::size_t size_ = 0;
};

}  // namespace advocacy::detail
