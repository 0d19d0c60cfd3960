// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// A part of a value type held out of line and shared by copies, copied on write: parts most
/// values leave empty then cost one pointer, and large derived parts (a campaign's indexes) are
/// not copied with the value.

#include <memory>

namespace advocacy::detail {

/// A T held out of line, shared by copies and copied on write, compared by value: an empty one
/// (nothing held) equals a default T. Copying it copies a pointer.
template <class T>
class shared_value {
public:
    /// The T held, or a default T.
    auto get() const noexcept -> const T& { return held_ ? *held_ : none(); }

    /// The T to change, made or copied first when nothing is held or copies share it. Strong
    /// guarantee: a failed allocation changes nothing.
    auto edit() -> T& {
        if (!held_) {
            held_ = std::make_shared<T>();
        } else if (held_.use_count() > 1) {
            held_ = std::make_shared<T>(*held_);
        }
        return *held_;
    }

    friend bool operator==(const shared_value& a, const shared_value& b) {
        return a.held_ == b.held_ || a.get() == b.get();
    }

private:
    static auto none() noexcept -> const T& {
        static const T empty{};
        return empty;
    }

    std::shared_ptr<T> held_;
};

}  // namespace advocacy::detail
