// SPDX-License-Identifier: MIT
#include "advocacy/detail/file.hpp"

#include "advocacy/error.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstring>
#include <optional>
#include <system_error>
#include <utility>

namespace advocacy::detail {
namespace {

namespace fs = std::filesystem;

// An io_error carrying the system's reason and its errno.
auto system_failure(const fs::path& path, int number) -> io_error {
    return io_error(path.string(), std::strerror(number), std::error_code(number, std::generic_category()));
}

// What a file that is not a regular one is, for messages.
auto file_kind(mode_t mode) -> std::string_view {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a regular file";
}

// "1073741824 bytes (1 GiB)" for round binary sizes, else "N bytes".
auto size_text(std::uintmax_t bytes) -> std::string {
    std::string text = std::to_string(bytes) + " bytes";
    constexpr std::array<std::pair<std::uintmax_t, const char*>, 3> units{
        {{std::uintmax_t{1} << 30, "GiB"}, {std::uintmax_t{1} << 20, "MiB"}, {std::uintmax_t{1} << 10, "KiB"}}};
    for (const auto& [unit, name] : units) {
        if (bytes >= unit && bytes % unit == 0) return text + " (" + std::to_string(bytes / unit) + " " + name + ")";
    }
    return text;
}

auto too_large(const fs::path& path, std::string_view size, std::uintmax_t max_size) -> io_error {
    return io_error(path.string(),
                    std::string(size) + " bytes, more than the limit of " + size_text(max_size) + " for a file read",
                    std::make_error_code(std::errc::file_too_large));
}

// Closes a descriptor on every way out.
class descriptor {
public:
    explicit descriptor(int fd) noexcept : fd_(fd) {}
    descriptor(const descriptor&) = delete;
    auto operator=(const descriptor&) -> descriptor& = delete;
    ~descriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    auto get() const noexcept -> int { return fd_; }
    // Closes the descriptor; returns 0 or the errno of a failed close (a late write error).
    auto close() noexcept -> int {
        const int result = ::close(fd_);
        fd_ = -1;
        return result == 0 ? 0 : errno;
    }

private:
    int fd_;
};

// Closes a descriptor and removes a temporary file unless released: every way out of
// replace_atomically() before the rename leaves the folder as it was.
class temporary_file {
public:
    temporary_file(fs::path path, int fd) : path_(std::move(path)), fd_(fd) {}
    temporary_file(const temporary_file&) = delete;
    auto operator=(const temporary_file&) -> temporary_file& = delete;
    ~temporary_file() {
        if (!path_.empty()) ::unlink(path_.c_str());
    }
    auto fd() const noexcept -> int { return fd_.get(); }
    auto close() noexcept -> int { return fd_.close(); }
    void release() noexcept { path_.clear(); }

private:
    fs::path path_;
    descriptor fd_;
};

// Writes all of `content` to `fd`; throws io_error naming `path`. With `progress`, in pieces of
// 1 MiB, each told to it.
void write_all(const fs::path& path, int fd, std::string_view content, const progress_function& progress = {}) {
    constexpr std::size_t piece = std::size_t{1} << 20;
    std::size_t written = 0;
    while (written < content.size()) {
        const std::size_t size = progress ? std::min(piece, content.size() - written) : content.size() - written;
        const ssize_t n = ::write(fd, content.data() + written, size);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw system_failure(path, errno);
        }
        written += static_cast<std::size_t>(n);
        if (progress) progress(written, content.size());
    }
}

// The file a write to `path` lands in: `path` itself, or where its symbolic link leads.
auto write_target(const fs::path& path) -> fs::path {
    struct stat link {};
    if (::lstat(path.c_str(), &link) != 0 || !S_ISLNK(link.st_mode)) return path;
    std::error_code failure;
    auto target = fs::canonical(path, failure);
    if (failure) {
        if (failure == std::errc::no_such_file_or_directory) {
            throw io_error(path.string(), "a symbolic link to a file that does not exist",
                           std::make_error_code(std::errc::no_such_file_or_directory));
        }
        throw io_error(path.string(), failure.message(), failure);
    }
    return target;
}

// A FIFO or a character device takes the bytes as they come: it is written, never replaced.
void write_through(const fs::path& path, std::string_view content, const progress_function& progress) {
    descriptor fd(::open(path.c_str(), O_WRONLY | O_CLOEXEC));
    if (fd.get() < 0) throw system_failure(path, errno);
    write_all(path, fd.get(), content, progress);
    if (const int number = fd.close(); number != 0) throw system_failure(path, number);
}

void replace_atomically(const fs::path& path, const fs::path& target, std::string_view content,
                        std::optional<mode_t> keep_mode, const progress_function& progress) {
    static std::atomic<unsigned long> counter{0};
    const auto folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const auto temporary = folder / temporary_name(target.filename().string(), ::getpid(), ++counter);

    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) throw system_failure(path, errno);
    temporary_file file(temporary, fd);
    // Keep the permissions of the file being replaced, not those of a fresh one.
    if (keep_mode) (void)::fchmod(file.fd(), *keep_mode & 07777);

    write_all(path, file.fd(), content, progress);
    if (::fsync(file.fd()) != 0) throw system_failure(path, errno);
    if (const int number = file.close(); number != 0) throw system_failure(path, number);
    if (::rename(temporary.c_str(), target.c_str()) != 0) throw system_failure(path, errno);
    file.release();

    // Make the rename itself durable; a folder that cannot be synced does not undo the write.
    const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        (void)::fsync(dir);
        ::close(dir);
    }
}

// The process id in a temporary's name: `rest` is "PID-N" followed by `suffix`.
auto temporary_pid(std::string_view rest, std::string_view suffix) -> std::optional<long> {
    if (!rest.ends_with(suffix)) return std::nullopt;
    rest.remove_suffix(suffix.size());
    const auto dash = rest.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 == rest.size()) return std::nullopt;
    long pid = 0;
    const auto [end, failure] = std::from_chars(rest.data(), rest.data() + dash, pid);
    if (failure != std::errc{} || end != rest.data() + dash || pid <= 0) return std::nullopt;
    for (char c : rest.substr(dash + 1)) {
        if (c < '0' || c > '9') return std::nullopt;
    }
    return pid;
}

// Whether `file`, a temporary of process `pid`, is left over from a write that will not finish.
auto is_stale(const fs::path& file, long pid) -> bool {
    if (pid == static_cast<long>(::getpid())) return false;
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) return true;
    struct stat info {};
    if (::lstat(file.c_str(), &info) != 0) return false;
    const auto written = std::chrono::system_clock::from_time_t(info.st_mtime);
    return std::chrono::system_clock::now() - written > std::chrono::hours(24);
}

}  // namespace

auto read_file(const fs::path& path, std::uintmax_t max_size, const progress_function& progress) -> std::string {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
    descriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
    if (fd.get() < 0) throw system_failure(path, errno);
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0) throw system_failure(path, errno);
    if (S_ISDIR(info.st_mode)) throw system_failure(path, EISDIR);
    if (!S_ISREG(info.st_mode)) {
        throw io_error(path.string(), std::string(file_kind(info.st_mode)) +
                                          ", not a regular file: refused, as it may never end");
    }
    const auto size = static_cast<std::uintmax_t>(info.st_size);
    if (size > max_size) throw too_large(path, std::to_string(size), max_size);

    std::string content;
    content.reserve(static_cast<std::size_t>(size));
    std::array<char, 65536> buffer{};
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer.data(), buffer.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            throw system_failure(path, errno);
        }
        if (n == 0) break;
        content.append(buffer.data(), static_cast<std::size_t>(n));
        // A file that grows while it is read is held to the same limit.
        if (content.size() > max_size) throw too_large(path, "over " + std::to_string(max_size), max_size);
        if (progress) progress(content.size(), std::max<std::uintmax_t>(size, content.size()));
    }
    return content;
}

void write_file_atomically(const fs::path& path, std::string_view content, const progress_function& progress) {
    const auto name = path.filename().string();
    if (name.empty() || name == "." || name == "..") {
        throw io_error(path.string(), "not a file name", std::make_error_code(std::errc::is_a_directory));
    }
    // stat() follows links, also the ones of /proc that name no file (/dev/stdout on a pipe):
    // what is written through is opened by the name given.
    struct stat existing {};
    std::optional<mode_t> keep_mode;
    if (::stat(path.c_str(), &existing) == 0) {
        if (S_ISFIFO(existing.st_mode) || S_ISCHR(existing.st_mode)) return write_through(path, content, progress);
        if (S_ISDIR(existing.st_mode)) throw system_failure(path, EISDIR);
        if (!S_ISREG(existing.st_mode)) {
            throw io_error(path.string(), std::string(file_kind(existing.st_mode)) +
                                              ", not a regular file: refused, as writing would replace it");
        }
        keep_mode = existing.st_mode;
    }
    const auto target = write_target(path);
    (void)remove_stale_temporaries(target);
    replace_atomically(path, target, content, keep_mode, progress);
}

auto temporary_name(std::string_view name, long pid, unsigned long n) -> std::string {
    // Appended piece by piece: GCC 12 at -O3 warns falsely (-Wrestrict) on "." + std::string.
    std::string out;
    out.reserve(name.size() + 40);
    out += '.';
    out.append(name);
    out.append(".advocacy-");
    out.append(std::to_string(pid));
    out += '-';
    out.append(std::to_string(n));
    out.append(".tmp");
    return out;
}

auto remove_stale_temporaries(const fs::path& target) -> std::size_t {
    const auto name = target.filename().string();
    if (name.empty()) return 0;
    const auto folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    // Today's names, and those of earlier versions.
    const std::array<std::pair<std::string, std::string_view>, 2> patterns{
        {{"." + name + ".advocacy-", ".tmp"}, {"." + name + ".tmp-", ""}}};
    std::size_t removed = 0;
    std::error_code failure;
    for (fs::directory_iterator it(folder, failure), end; !failure && it != end; it.increment(failure)) {
        const auto file = it->path().filename().string();
        for (const auto& [prefix, suffix] : patterns) {
            if (!file.starts_with(prefix)) continue;
            const auto pid = temporary_pid(std::string_view(file).substr(prefix.size()), suffix);
            if (!pid || !is_stale(it->path(), *pid)) continue;
            if (::unlink(it->path().c_str()) == 0) ++removed;
        }
    }
    return removed;
}

}  // namespace advocacy::detail
