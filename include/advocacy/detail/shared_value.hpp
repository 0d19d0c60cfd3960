// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// A part of a value type held out of line and shared by copies, copied on write: parts most
/// values leave empty then cost one pointer, and large derived parts (a campaign's indexes) are
/// not copied with the value.

#include <atomic>
#include <cstddef>
#include <utility>

namespace advocacy::detail {

/// A T held out of line, shared by copies and copied on write, compared by value: an empty one
/// (nothing held) equals a default T. Copying it copies a pointer and counts one more holder. It
/// is one pointer (a std::shared_ptr would be two), as every meeting schedule holds one.
template <class T>
class shared_value {
public:
    shared_value() noexcept = default;
    shared_value(const shared_value& other) noexcept : held_(other.held_) {
        if (held_ != nullptr) held_->holders.fetch_add(1, std::memory_order_relaxed);
    }
    shared_value(shared_value&& other) noexcept : held_(std::exchange(other.held_, nullptr)) {}
    auto operator=(shared_value other) noexcept -> shared_value& {
        std::swap(held_, other.held_);
        return *this;
    }
    ~shared_value() { release(held_); }

    /// The T held, or a default T.
    auto get() const noexcept -> const T& { return held_ != nullptr ? held_->value : none(); }

    /// The T to change, made or copied first when nothing is held or copies share it. Strong
    /// guarantee: a failed allocation or copy changes nothing.
    auto edit() -> T& {
        if (held_ == nullptr) {
            held_ = new node();
        } else if (held_->holders.load(std::memory_order_acquire) > 1) {
            node* own = new node(held_->value);
            release(std::exchange(held_, own));
        }
        return held_->value;
    }

    friend bool operator==(const shared_value& a, const shared_value& b) {
        return a.held_ == b.held_ || a.get() == b.get();
    }

private:
    struct node {
        node() = default;
        explicit node(const T& copied) : value(copied) {}
        std::atomic<std::size_t> holders{1};
        T value{};
    };

    static void release(node* held) noexcept {
        if (held != nullptr && held->holders.fetch_sub(1, std::memory_order_acq_rel) == 1) delete held;
    }

    static auto none() noexcept -> const T& {
        static const T empty{};
        return empty;
    }

    node* held_ = nullptr;
};

}  // namespace advocacy::detail
