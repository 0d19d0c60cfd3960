// SPDX-License-Identifier: MIT
// Whole-file reads and writes (include/advocacy/detail/file.hpp): what is refused, what is
// written through, and the temporary files of atomic writes.
#include <boost/test/unit_test.hpp>

#include "advocacy/detail/file.hpp"
#include "advocacy/error.hpp"

#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

BOOST_AUTO_TEST_SUITE(file)

namespace {

namespace fs = std::filesystem;
namespace detail = advocacy::detail;

// A fresh folder, removed with its content at the end of the test.
struct scratch {
    fs::path path;
    scratch() {
        path = fs::temp_directory_path() / ("advocacy-file-test-" + std::to_string(::getpid()) + "-" +
                                            std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
        fs::create_directories(path);
    }
    scratch(const scratch&) = delete;
    auto operator=(const scratch&) -> scratch& = delete;
    ~scratch() {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
};

void write_text(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

auto read_text(const fs::path& path) -> std::string {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

template <typename Call>
auto io_failure(Call call) -> advocacy::io_error {
    try {
        call();
    } catch (const advocacy::io_error& e) {
        return e;
    }
    BOOST_FAIL("no io_error was thrown");
    throw std::logic_error("unreachable");
}

auto names_in(const fs::path& folder) -> std::set<std::string> {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) names.insert(entry.path().filename().string());
    return names;
}

// A process id that no process has: above the largest pid_max Linux allows (2^22).
constexpr long no_process = 2147483647;

}  // namespace

BOOST_AUTO_TEST_CASE(io_error_carries_the_errno) {
    const advocacy::io_error old_style("/tmp/x.json", "No such file or directory");
    BOOST_TEST(old_style.code().value() == 0);
    const advocacy::io_error coded("/tmp/x.json", "No such file or directory",
                                   std::make_error_code(std::errc::no_such_file_or_directory));
    BOOST_TEST(coded.code().value() == ENOENT);
    BOOST_TEST(std::string(coded.what()) == "/tmp/x.json: No such file or directory");
}

BOOST_AUTO_TEST_CASE(read_errors_carry_their_errno) {
    scratch dir;
    const auto missing = io_failure([&] { (void)detail::read_file(dir.path / "absent.json", 100); });
    BOOST_TEST(missing.code().value() == ENOENT);
    BOOST_TEST(missing.reason() == "No such file or directory");
    const auto folder = io_failure([&] { (void)detail::read_file(dir.path, 100); });
    BOOST_TEST(folder.code().value() == EISDIR);
}

BOOST_AUTO_TEST_CASE(a_fifo_is_refused_without_waiting_for_a_writer) {
    scratch dir;
    const auto fifo = dir.path / "pipe";
    BOOST_REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto e = io_failure([&] { (void)detail::read_file(fifo, 100); });
    BOOST_TEST(e.path() == fifo.string());
    BOOST_TEST(e.reason().find("FIFO") != std::string::npos);
    BOOST_TEST(e.reason().find("not a regular file") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_device_is_refused) {
    const auto e = io_failure([&] { (void)detail::read_file("/dev/zero", 100); });
    BOOST_TEST(e.reason().find("character device") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_file_over_the_limit_is_refused) {
    scratch dir;
    const auto path = dir.path / "c.json";
    write_text(path, "0123456789a");
    BOOST_TEST(detail::read_file(path, 11) == "0123456789a");
    const auto e = io_failure([&] { (void)detail::read_file(path, 10); });
    BOOST_TEST(e.code() == std::make_error_code(std::errc::file_too_large));
    BOOST_TEST(e.reason() == "11 bytes, more than the limit of 10 bytes for a file read");
    const auto big = io_failure([&] { (void)detail::read_file(path, 0); });
    BOOST_TEST(big.reason().find("limit of 0 bytes") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(progress_is_told_as_bytes_are_read_and_written) {
    scratch dir;
    const auto path = dir.path / "big.json";
    const std::string text(300'000, 'x');  // 5 reads of 64 KiB; one write of 1 MiB
    std::vector<std::pair<std::uintmax_t, std::uintmax_t>> told;
    const detail::progress_function note = [&](std::uintmax_t done, std::uintmax_t total) { told.emplace_back(done, total); };
    detail::write_file_atomically(path, text, note);
    BOOST_TEST(told.size() == 1U);
    BOOST_TEST((told.back() == std::pair<std::uintmax_t, std::uintmax_t>{300'000, 300'000}));
    told.clear();
    BOOST_TEST(detail::read_file(path, 1U << 20, note) == text);
    BOOST_TEST(told.size() == 5U);
    BOOST_TEST((told.front() == std::pair<std::uintmax_t, std::uintmax_t>{65'536, 300'000}));
    BOOST_TEST((told.back() == std::pair<std::uintmax_t, std::uintmax_t>{300'000, 300'000}));
    BOOST_TEST(detail::read_file(path, 1U << 20) == text);  // and without one
}

BOOST_AUTO_TEST_CASE(a_fifo_is_written_through_not_replaced) {
    scratch dir;
    const auto fifo = dir.path / "pipe";
    BOOST_REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::string received;
    std::thread reader([&] { received = read_text(fifo); });
    detail::write_file_atomically(fifo, "BEGIN:VCALENDAR\r\n");
    reader.join();
    BOOST_TEST(received == "BEGIN:VCALENDAR\r\n");
    struct stat info {};
    BOOST_REQUIRE(::lstat(fifo.c_str(), &info) == 0);
    BOOST_TEST(S_ISFIFO(info.st_mode));
    BOOST_TEST(names_in(dir.path) == std::set<std::string>{"pipe"});
}

BOOST_AUTO_TEST_CASE(a_full_device_reports_its_errno) {
    if (!fs::exists("/dev/full")) return;
    const auto e = io_failure([&] { detail::write_file_atomically("/dev/full", "{}\n"); });
    BOOST_TEST(e.code().value() == ENOSPC);
    BOOST_TEST(fs::is_character_file("/dev/full"));
}

BOOST_AUTO_TEST_CASE(a_symbolic_link_is_followed_and_kept) {
    scratch dir;
    fs::create_directories(dir.path / "real");
    write_text(dir.path / "real" / "c.json", "old");
    fs::create_symlink("real/c.json", dir.path / "link.json");
    detail::write_file_atomically(dir.path / "link.json", "new");
    BOOST_TEST(fs::is_symlink(dir.path / "link.json"));
    BOOST_TEST(read_text(dir.path / "real" / "c.json") == "new");
    BOOST_TEST(names_in(dir.path / "real") == std::set<std::string>{"c.json"});

    fs::create_symlink("nowhere.json", dir.path / "dangling.json");
    const auto e = io_failure([&] { detail::write_file_atomically(dir.path / "dangling.json", "new"); });
    BOOST_TEST(e.code().value() == ENOENT);
    BOOST_TEST(!fs::exists(dir.path / "nowhere.json"));
    BOOST_TEST(fs::is_symlink(dir.path / "dangling.json"));
}

BOOST_AUTO_TEST_CASE(a_folder_is_refused_with_its_errno) {
    scratch dir;
    fs::create_directories(dir.path / "folder");
    const auto e = io_failure([&] { detail::write_file_atomically(dir.path / "folder", "x"); });
    BOOST_TEST(e.code().value() == EISDIR);
    BOOST_TEST(names_in(dir.path) == std::set<std::string>{"folder"});
}

BOOST_AUTO_TEST_CASE(temporaries_have_a_recognizable_name) {
    BOOST_TEST(detail::temporary_name("c.json", 42, 7) == ".c.json.advocacy-42-7.tmp");
}

BOOST_AUTO_TEST_CASE(stale_temporaries_of_the_target_are_removed_on_the_next_write) {
    scratch dir;
    const auto dead = std::to_string(no_process);
    const auto mine = std::to_string(::getpid());
    const std::set<std::string> stale{".c.json.advocacy-" + dead + "-1.tmp", ".c.json.tmp-" + dead + "-3",
                                      ".c.json.advocacy-1-9.tmp"};  // pid 1 runs, but a day has passed
    const std::set<std::string> kept{".c.json.advocacy-" + mine + "-1.tmp",  // this process's own
                                     ".c.json.advocacy-1-2.tmp",             // a running writer's
                                     ".c.json.advocacy-x-1.tmp", ".other.json.advocacy-" + dead + "-1.tmp",
                                     ".c.json.advocacy-" + dead + "-1.tmp.bak"};
    for (const auto& name : stale) write_text(dir.path / name, "partial");
    for (const auto& name : kept) write_text(dir.path / name, "partial");
    const auto two_days_ago = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now() - std::chrono::hours(48));
    const timeval old_times[2] = {{two_days_ago, 0}, {two_days_ago, 0}};
    BOOST_REQUIRE(::utimes((dir.path / ".c.json.advocacy-1-9.tmp").c_str(), old_times) == 0);

    detail::write_file_atomically(dir.path / "c.json", "{}\n");
    auto expected = kept;
    expected.insert("c.json");
    BOOST_TEST(names_in(dir.path) == expected);
    BOOST_TEST(detail::remove_stale_temporaries(dir.path / "c.json") == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
