// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// Whole-file reads and atomic writes, shared by the readers and writers of every format.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace advocacy::detail {

/// Told, during a long read or write, how many bytes of how many are done: after each 64 KiB read,
/// after each 1 MiB written. For a progress bar; it may throw to stop the work.
using progress_function = std::function<void(std::uintmax_t done, std::uintmax_t total)>;

/// The bytes of the regular file at `path`. Throws io_error with the system's reason and errno;
/// refuses, without reading, anything but a regular file (a FIFO, a socket or a device such as
/// /dev/zero may never end, and opening a FIFO does not wait for a writer) and a file of more
/// than `max_size` bytes (errno EFBIG).
/// `progress`, when given, is told how far the reading has got.
auto read_file(const std::filesystem::path& path, std::uintmax_t max_size, const progress_function& progress = {})
    -> std::string;

/// Writes `content` to `path`:
/// - a regular file, or a name not taken yet, is replaced atomically: a temporary file
///   `.NAME.advocacy-PID-N.tmp` in the same folder is written, synced and renamed over the target,
///   so a crash or an error leaves the previous file whole. The replaced file's permissions are kept.
/// - a symbolic link is followed: the file it leads to is replaced as above (the temporary sits in
///   that file's folder) and the link stays. A link to nothing is refused (ENOENT).
/// - a FIFO or a character device (a pipe, /dev/null, a terminal) is written through, never replaced.
/// - anything else (a folder, a socket, a block device) is refused.
/// Before writing, stale temporaries of the same target (see remove_stale_temporaries) are removed.
/// Throws io_error with the system's reason and errno. `progress`, when given, is told how far the
/// writing has got.
void write_file_atomically(const std::filesystem::path& path, std::string_view content,
                           const progress_function& progress = {});

/// The name of the temporary file that the writer with process id `pid` uses for its `n`th
/// atomic write of the file called `name`: ".NAME.advocacy-PID-N.tmp".
auto temporary_name(std::string_view name, long pid, unsigned long n) -> std::string;

/// Removes, from the folder of `target`, the temporary files of `target` left by writes that were
/// killed: those named by temporary_name() (or ".NAME.tmp-PID-N", as earlier versions named them)
/// whose process no longer runs, or which nobody has written to for a day (their process id may
/// since have been given to another program). Temporaries of this process are kept. Returns how
/// many were removed; a file that cannot be removed is left alone.
auto remove_stale_temporaries(const std::filesystem::path& target) -> std::size_t;

}  // namespace advocacy::detail
