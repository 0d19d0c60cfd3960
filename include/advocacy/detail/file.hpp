// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// Whole-file reads and atomic writes, shared by the readers and writers of every format.

#include <filesystem>
#include <string>
#include <string_view>

namespace advocacy::detail {

/// The bytes of the file at `path`; throws io_error with the system's reason.
auto read_file(const std::filesystem::path& path) -> std::string;

/// Replaces the file at `path` with `content` atomically: a uniquely named temporary file in the
/// same folder is written, synced and renamed over the target, so a crash or an error leaves the
/// previous file whole and no stray file behind. The replaced file's permissions are kept.
/// Throws io_error with the system's reason.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

}  // namespace advocacy::detail
