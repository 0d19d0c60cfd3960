// SPDX-License-Identifier: MIT
#include "advocacy/detail/file.hpp"

#include "advocacy/error.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <utility>

namespace advocacy::detail {
namespace {

auto errno_text(int number) -> std::string { return std::strerror(number); }

// Closes a descriptor and removes a temporary file unless released: every way out of
// write_file_atomically() before the rename leaves the folder as it was.
class temporary_file {
public:
    temporary_file(std::filesystem::path path, int fd) : path_(std::move(path)), fd_(fd) {}
    temporary_file(const temporary_file&) = delete;
    auto operator=(const temporary_file&) -> temporary_file& = delete;
    ~temporary_file() {
        if (fd_ >= 0) ::close(fd_);
        if (!path_.empty()) ::unlink(path_.c_str());
    }
    auto fd() const noexcept -> int { return fd_; }
    // Closes the descriptor; returns 0 or the errno of a failed close (a late write error).
    auto close() noexcept -> int {
        const int result = ::close(fd_);
        fd_ = -1;
        return result == 0 ? 0 : errno;
    }
    void release() noexcept { path_.clear(); }

private:
    std::filesystem::path path_;
    int fd_;
};

}  // namespace

auto read_file(const std::filesystem::path& path) -> std::string {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw io_error(path.string(), errno_text(errno));
    std::string content;
    std::array<char, 65536> buffer{};
    for (;;) {
        const ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            const int number = errno;
            ::close(fd);
            throw io_error(path.string(), errno_text(number));
        }
        if (n == 0) break;
        content.append(buffer.data(), static_cast<std::size_t>(n));
    }
    ::close(fd);
    return content;
}

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
    static std::atomic<unsigned long> counter{0};
    const auto folder = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    const auto name = path.filename().string();
    if (name.empty() || name == "." || name == "..") throw io_error(path.string(), "not a file name");
    const auto temporary = folder / ("." + name + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));

    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) throw io_error(path.string(), errno_text(errno));
    temporary_file file(temporary, fd);

    // Keep the permissions of the file being replaced, not those of a fresh one.
    struct stat existing {};
    if (::stat(path.c_str(), &existing) == 0 && S_ISREG(existing.st_mode)) {
        (void)::fchmod(file.fd(), existing.st_mode & 07777);
    }

    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(file.fd(), content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw io_error(path.string(), errno_text(errno));
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(file.fd()) != 0) throw io_error(path.string(), errno_text(errno));
    if (const int number = file.close(); number != 0) throw io_error(path.string(), errno_text(number));
    if (::rename(temporary.c_str(), path.c_str()) != 0) throw io_error(path.string(), errno_text(errno));
    file.release();

    // Make the rename itself durable; a folder that cannot be synced does not undo the write.
    const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        (void)::fsync(dir);
        ::close(dir);
    }
}

}  // namespace advocacy::detail
