// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// The one error hierarchy of advocacy: every failure the library reports is an advocacy::error.

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>

namespace advocacy {

/// Base of every error advocacy throws.
class error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Text that could not be read: keeps the text, the byte offset where reading failed, and the
/// 1-based line for multi-line input (0 when the input is a single line). what() writes control
/// characters out ("\x00", "\n", see detail::escaped); text() and reason() keep them as they are.
class parse_error : public error {
public:
    /// `reason` says what was wrong and what was expected; `position` is a byte offset into `text`.
    parse_error(std::string_view text, std::size_t position, std::string_view reason, std::size_t line = 0);

    /// The text being parsed (for multi-line input: the offending line).
    auto text() const noexcept -> const std::string& { return text_; }
    /// Byte offset into text() where parsing failed.
    auto position() const noexcept -> std::size_t { return position_; }
    /// 1-based line number in multi-line input, 0 for single-line input.
    auto line() const noexcept -> std::size_t { return line_; }
    /// What was wrong, without the location.
    auto reason() const noexcept -> const std::string& { return reason_; }

private:
    std::string text_;
    std::size_t position_;
    std::size_t line_;
    std::string reason_;
};

/// A value that breaks an invariant of the model: names the field and says why. what() writes
/// control characters out, as parse_error does; field() and reason() keep them.
class validation_error : public error {
public:
    validation_error(std::string field, std::string reason);

    /// The offending field, e.g. "last" or "conference \"ma-2015\": region".
    auto field() const noexcept -> const std::string& { return field_; }
    /// Why the value was refused.
    auto reason() const noexcept -> const std::string& { return reason_; }

private:
    std::string field_;
    std::string reason_;
};

/// A file that could not be read or written.
class io_error : public error {
public:
    /// `code` is the system's error number when there is one (ENOENT, EACCES, ...), else empty.
    io_error(std::string path, std::string reason, std::error_code code = {});

    /// The file concerned.
    auto path() const noexcept -> const std::string& { return path_; }
    /// The system's reason (errno text) or ours.
    auto reason() const noexcept -> const std::string& { return reason_; }
    /// The errno behind the failure in std::generic_category(), or an empty code (value 0) for a
    /// refusal of advocacy's own that has no system error number.
    auto code() const noexcept -> std::error_code { return code_; }

private:
    std::string path_;
    std::string reason_;
    std::error_code code_;
};

}  // namespace advocacy
