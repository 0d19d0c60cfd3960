// SPDX-License-Identifier: MIT
// Reading the campaign a command works on, and writing what it prints or exports.
#include "command.hpp"


#include <fcntl.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <iostream>
#include <system_error>

namespace advocacy::cli {

void write_stdout(std::string_view text) {
    // In pieces of 1 MiB, so that a slow reader at the other end of a pipe shows as progress.
    constexpr std::size_t piece = std::size_t{1} << 20;
    progress_bar progress("writing standard output");
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, text.data() + written, std::min(piece, text.size() - written));
        if (n < 0) {
            if (errno == EINTR) continue;
            throw output_error(std::string("cannot write to standard output: ") + std::strerror(errno));
        }
        written += static_cast<std::size_t>(n);
        progress(written, text.size());
    }
}

auto input_name(const std::string& path) -> std::string { return path == "-" ? "standard input" : path; }

auto output_name(const std::string& path) -> std::string { return path == "-" ? "standard output" : path; }

auto read_input(const std::string& path, std::uintmax_t max_size) -> std::string {
    progress_bar progress("reading " + input_name(path));
    if (path != "-") return advocacy::read_file(path, max_size, progress.function());
    // A pipe has no size to check first: read until its end, and stop as soon as it is too long.
    std::string text;
    std::array<char, 1 << 16> buffer{};
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, buffer.data(), buffer.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            throw advocacy::io_error(input_name(path), std::strerror(errno), std::error_code(errno, std::generic_category()));
        }
        if (n == 0) return text;
        if (text.size() + static_cast<std::size_t>(n) > max_size) {
            throw advocacy::io_error(input_name(path),
                                     "more than the limit of " + std::to_string(max_size) + " bytes for a file read",
                                     std::make_error_code(std::errc::file_too_large));
        }
        text.append(buffer.data(), static_cast<std::size_t>(n));
        progress(text.size(), 0);  // a pipe's size is not known before its end
    }
}

mapped_input::mapped_input(const std::string& path, std::uintmax_t max_size) {
    if (path == "-") {
        copy_ = read_input(path, max_size);
        text_ = copy_;
        return;
    }
    const auto fail = [&](const std::string& why, int code) {
        throw advocacy::io_error(path, why, std::error_code(code, std::generic_category()));
    };
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail(std::strerror(errno), errno);
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        // Not a regular file (a FIFO, a device): read it as read_input does, with its checks.
        copy_ = read_input(path, max_size);
        text_ = copy_;
        return;
    }
    const auto size = static_cast<std::uintmax_t>(info.st_size);
    if (size > max_size) {
        ::close(fd);
        fail("more than the limit of " + std::to_string(max_size) + " bytes for a file read",
             static_cast<int>(std::errc::file_too_large));
    }
    if (size > 0) {
        map_ = ::mmap(nullptr, static_cast<std::size_t>(size), PROT_READ, MAP_PRIVATE, fd, 0);
        const int mapped = map_ == MAP_FAILED ? errno : 0;
        ::close(fd);
        if (mapped != 0) {
            map_ = nullptr;
            fail(std::strerror(mapped), mapped);
        }
        size_ = static_cast<std::size_t>(size);
        ::madvise(map_, size_, MADV_SEQUENTIAL);  // read once, front to back: pages may go once read
        text_ = std::string_view(static_cast<const char*>(map_), size_);
    } else {
        ::close(fd);
    }
}

void mapped_input::read_up_to(std::uintmax_t offset) noexcept {
    if (map_ == nullptr) return;
    static const auto page = static_cast<std::uintmax_t>(::sysconf(_SC_PAGESIZE));
    const auto end = std::min<std::uintmax_t>(offset, size_) / page * page;
    if (end > 0) ::madvise(map_, static_cast<std::size_t>(end), MADV_DONTNEED);
}

mapped_input::~mapped_input() {
    if (map_ != nullptr) ::munmap(map_, size_);
}

auto campaign_of(std::string_view text, const std::string& name) -> advocacy::campaign {
    try {
        progress_bar progress("reading " + name + ": building the campaign");
        advocacy::json_read_options options;
        options.progress = progress.function();
        return advocacy::campaign_from_json(text, options);
    } catch (const advocacy::parse_error& e) {
        // FILE:LINE:COLUMN: and the reason, not the text around: a line of JSON may be the whole file.
        throw advocacy::error(name + ":" + std::to_string(e.line()) + ":" + std::to_string(e.position() + 1) + ": " +
                              e.reason());
    } catch (const advocacy::error& e) {
        throw advocacy::error(name + ": " + e.what());
    }
}

auto load_campaign(const std::string& path, std::uintmax_t max_size) -> advocacy::campaign {
    return campaign_of(read_input(path, max_size), input_name(path));
}

auto load_campaign(const campaign_input& input) -> advocacy::campaign {
    if (input.path.empty()) {
        std::cerr << program << ": using the bundled sample campaign (2015)\n";
        return advocacy::sample_campaign();
    }
    return load_campaign(input.path, input.max_size);
}

void emit(const std::string& path, std::ostream& out, const std::string& text) {
    if (!path.empty() && path != "-") {
        progress_bar progress("writing " + path);
        advocacy::write_file(path, text, progress.function());
    } else {
        out << text;
        if (!text.empty() && text.back() != '\n') out << '\n';
    }
}

namespace {

// The file `fd` is open on is the one `path` names now (not replaced since it was opened).
auto still_named(int fd, const std::string& path) -> bool {
    struct stat held {};
    struct stat named {};
    return ::fstat(fd, &held) == 0 && ::stat(path.c_str(), &named) == 0 && held.st_dev == named.st_dev &&
           held.st_ino == named.st_ino;
}

// flock(2) again after a signal.
auto lock_file(int fd, int how) -> int {
    int result = 0;
    do {
        result = ::flock(fd, how);
    } while (result != 0 && errno == EINTR);
    return result;
}

}  // namespace

edit_lock::edit_lock(const std::string& path) {
    if (path.empty() || path == "-") return;
    bool told = false;
    for (;;) {
        // O_NONBLOCK: opening a FIFO for reading would wait for a writer (the read refuses it).
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0) return;  // the read that follows says why
        struct stat file {};
        if (::fstat(fd, &file) != 0 || !S_ISREG(file.st_mode)) {
            ::close(fd);
            return;
        }
        if (lock_file(fd, LOCK_EX | LOCK_NB) != 0) {
            const bool held_elsewhere = errno == EWOULDBLOCK;
            if (held_elsewhere && !told) {
                std::cerr << program << ": waiting for another advocacy command to finish changing "
                          << escaped(input_name(path)) << "\n";
                told = true;
            }
            if (!held_elsewhere || lock_file(fd, LOCK_EX) != 0) {
                ::close(fd);  // no locks on this file system: run as without
                return;
            }
        }
        if (still_named(fd, path)) {
            fd_ = fd;
            return;
        }
        ::close(fd);  // replaced by the save of the command waited for: lock the new file
    }
}

edit_lock::~edit_lock() {
    if (fd_ >= 0) ::close(fd_);  // closing releases the lock
}

}  // namespace advocacy::cli
