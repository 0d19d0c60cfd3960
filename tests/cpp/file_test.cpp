// SPDX-License-Identifier: MIT
// Campaigns in and out of files (include/advocacy/file.hpp): every format both ways, the format
// told by the extension and checked against the content, refused formats; and the whole-file
// reads and atomic writes beneath (include/advocacy/detail/file.hpp): what is refused, what is
// written through, and the temporary files of atomic writes.
#include <boost/test/unit_test.hpp>

#include "advocacy/detail/file.hpp"
#include "advocacy/error.hpp"
#include "advocacy/file.hpp"
#include "advocacy/icalendar.hpp"
#include "advocacy/json.hpp"
#include "advocacy/osdi.hpp"
#include "advocacy/sample.hpp"
#include "advocacy/vcard.hpp"

#include "scratch.hpp"

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
struct scratch : advocacy::testing::scratch {
    scratch() : advocacy::testing::scratch("file-test") {}
};

void write_text(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

using advocacy::testing::read_text;

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

// ---- campaigns in every format (file.hpp) ----

namespace {

using advocacy::file_format;

template <typename Error, typename Call>
auto failure_of(Call call) -> Error {
    try {
        call();
    } catch (const Error& e) {
        return e;
    }
    BOOST_FAIL("the expected error was not thrown");
    throw std::logic_error("unreachable");
}

auto day(int y, unsigned m, unsigned d) -> date::sys_days { return date::sys_days{date::year{y} / date::month{m} / date::day{d}}; }

// The lines of a calendar but its DTSTAMPs, which tell when it was written.
auto without_stamps(const std::string& calendar) -> std::string {
    std::string out;
    std::size_t start = 0;
    while (start < calendar.size()) {
        auto end = calendar.find('\n', start);
        end = end == std::string::npos ? calendar.size() : end + 1;
        const auto line = calendar.substr(start, end - start);
        if (!line.starts_with("DTSTAMP:")) out += line;
        start = end;
    }
    return out;
}

constexpr std::string_view markdown_listing = "## 2026\n- Policy Clinic - June 12 & 16 - Boston, MA\n";
constexpr std::string_view csv_listing = "name,dates,city,state\nPolicy Clinic,\"June 12 & 16, 2026\",Boston,MA\n";
constexpr std::string_view tsv_listing = "name\tdates\tcity\tstate\nPolicy Clinic\tJune 12 & 16, 2026\tBoston\tMA\n";
constexpr std::string_view announcement = "Spring Drive\n\n1. Write a letter to the council.\n\nValley Summit May 3-4 - Fresno, CA\n";
// A card with a note, which a group's contact cannot hold: imported, and warned of.
constexpr std::string_view card_with_note =
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dana Reyes\r\nORG:Twin Cities Group 55\r\nEMAIL:dana@example.org\r\n"
    "NOTE:call first\r\nEND:VCARD\r\n";

}  // namespace

BOOST_AUTO_TEST_CASE(format_names_and_extensions) {
    for (const auto format : {file_format::automatic, file_format::json, file_format::icalendar, file_format::vcard,
                              file_format::osdi, file_format::listing, file_format::text}) {
        BOOST_TEST((advocacy::parse_file_format(advocacy::to_string(format)) == format));
    }
    BOOST_TEST(advocacy::to_string(file_format::icalendar) == "icalendar");
    const auto unknown = failure_of<advocacy::parse_error>([] { (void)advocacy::parse_file_format("ics"); });
    BOOST_TEST(unknown.reason().find("icalendar") != std::string::npos);
    BOOST_TEST((advocacy::file_format_of("a/c.json") == file_format::json));
    BOOST_TEST((advocacy::file_format_of("C.ICS") == file_format::icalendar));
    BOOST_TEST((advocacy::file_format_of("c.ical") == file_format::icalendar));
    BOOST_TEST((advocacy::file_format_of("c.vcf") == file_format::vcard));
    BOOST_TEST((advocacy::file_format_of("c.md") == file_format::listing));
    BOOST_TEST((advocacy::file_format_of("c.csv") == file_format::listing));
    BOOST_TEST((advocacy::file_format_of("c.tsv") == file_format::listing));
    BOOST_TEST((advocacy::file_format_of("c.txt") == file_format::text));
    BOOST_TEST((advocacy::file_format_of("campaign") == file_format::automatic));
    BOOST_TEST((advocacy::file_format_of("c.xml") == file_format::automatic));
}

BOOST_AUTO_TEST_CASE(save_writes_the_format_of_the_extension_or_the_one_named) {
    scratch dir;
    const auto c = advocacy::sample_campaign();
    advocacy::save(c, dir.path / "c.json");
    BOOST_TEST(read_text(dir.path / "c.json") == advocacy::to_json(c));
    advocacy::save(c, dir.path / "campaign");  // no extension: the campaign's own JSON
    BOOST_TEST(read_text(dir.path / "campaign") == advocacy::to_json(c));
    advocacy::save(c, dir.path / "c.ics");
    BOOST_TEST(without_stamps(read_text(dir.path / "c.ics")) == without_stamps(advocacy::to_icalendar(c)));
    advocacy::save(c, dir.path / "C.ICAL");
    BOOST_TEST(read_text(dir.path / "C.ICAL").starts_with("BEGIN:VCALENDAR\r\n"));
    advocacy::save(c, dir.path / "c.vcf");
    BOOST_TEST(read_text(dir.path / "c.vcf") == advocacy::to_vcard(c));
    advocacy::save(c, dir.path / "osdi.json", file_format::osdi);
    BOOST_TEST(read_text(dir.path / "osdi.json") == advocacy::to_osdi(c));
    advocacy::save(c, dir.path / "c.txt", file_format::json);  // the format named wins
    BOOST_TEST(read_text(dir.path / "c.txt") == advocacy::to_json(c));

    advocacy::save_options options;
    options.icalendar.stamp = date::sys_days{day(2015, 8, 11)};
    options.vcard = advocacy::vcard_version::v3;
    advocacy::save(c, dir.path / "stamped.ics", options);
    BOOST_TEST(read_text(dir.path / "stamped.ics") == advocacy::to_icalendar(c, options.icalendar));
    advocacy::save(c, dir.path / "old.vcf", options);
    BOOST_TEST(read_text(dir.path / "old.vcf") == advocacy::to_vcard(c, advocacy::vcard_version::v3));
    BOOST_TEST(names_in(dir.path) == (std::set<std::string>{"C.ICAL", "c.ics", "c.json", "c.txt", "c.vcf", "campaign",
                                                            "old.vcf", "osdi.json", "stamped.ics"}));
}

BOOST_AUTO_TEST_CASE(every_format_written_reads_back) {
    scratch dir;
    const auto c = advocacy::sample_campaign();
    for (const auto* name : {"c.json", "campaign"}) {
        advocacy::save(c, dir.path / name);
        BOOST_TEST((advocacy::load(dir.path / name) == c));
        BOOST_TEST((advocacy::import_file(dir.path / name).format == file_format::json));
    }
    advocacy::save(c, dir.path / "c.ics");
    const auto calendar = advocacy::import_file(dir.path / "c.ics");
    BOOST_TEST((calendar.format == file_format::icalendar));
    BOOST_TEST(calendar.value.conferences().size() == c.conferences().size());
    BOOST_TEST(calendar.warnings.empty());
    BOOST_TEST(advocacy::load(dir.path / "c.ics").conferences().size() == c.conferences().size());

    advocacy::save(c, dir.path / "c.vcf");
    const auto cards = advocacy::import_file(dir.path / "c.vcf");
    BOOST_TEST((cards.format == file_format::vcard));
    std::size_t with_contacts = 0;
    for (const auto& g : c.groups()) with_contacts += g.contacts.empty() ? 0 : 1;
    BOOST_TEST(cards.value.groups().size() == with_contacts);

    // OSDI is read back from its .json file, told by its content; a JSON campaign named OSDI is refused.
    advocacy::save(c, dir.path / "osdi.json", {.format = file_format::osdi});
    const auto osdi = advocacy::import_file(dir.path / "osdi.json");
    BOOST_TEST((osdi.format == file_format::osdi));
    BOOST_TEST(osdi.value.conferences().size() == c.conferences().size());
    BOOST_TEST(osdi.warnings.empty());
    BOOST_TEST((advocacy::load(dir.path / "osdi.json", {.format = file_format::osdi}).conferences() == c.conferences()));
    const auto named = failure_of<advocacy::parse_error>(
        [&] { (void)advocacy::load(dir.path / "c.json", {.format = file_format::osdi}); });
    BOOST_TEST(named.reason().find("holds a JSON campaign, not OSDI") != std::string::npos, named.reason());
}

BOOST_AUTO_TEST_CASE(listings_and_announcements_are_read_by_their_extension) {
    scratch dir;
    const advocacy::load_options in_2026{.reference = day(2026, 1, 1)};
    for (const auto& [name, text] : {std::pair{"events.md", markdown_listing}, std::pair{"events.csv", csv_listing},
                                     std::pair{"events.tsv", tsv_listing}}) {
        write_text(dir.path / name, std::string(text));
        const auto result = advocacy::import_file(dir.path / name, in_2026);
        BOOST_TEST((result.format == file_format::listing), name);
        BOOST_REQUIRE_EQUAL(result.value.conferences().size(), 1u);
        BOOST_TEST(result.value.conferences()[0].sessions.size() == 2u);
    }
    // The extension tells the shape: a .csv file is read as CSV, and refused when it is not.
    write_text(dir.path / "plain.csv", std::string(markdown_listing));
    BOOST_CHECK_THROW((void)advocacy::import_file(dir.path / "plain.csv", in_2026), advocacy::parse_error);

    write_text(dir.path / "call.txt", std::string(announcement));
    const advocacy::load_options in_2016{.reference = day(2016, 1, 1)};
    const auto call = advocacy::import_file(dir.path / "call.txt", in_2016);
    BOOST_TEST((call.format == file_format::text));
    BOOST_TEST(call.value.conferences().size() == 1u);
    BOOST_TEST((advocacy::load(dir.path / "call.txt", in_2016) == call.value));
    // Named: a listing, whatever the extension.
    BOOST_TEST((advocacy::import_file(dir.path / "call.txt", {.format = file_format::listing, .reference = day(2016, 1, 1)})
                    .format == file_format::listing));
}

BOOST_AUTO_TEST_CASE(an_extension_that_contradicts_the_content_is_refused) {
    scratch dir;
    const auto c = advocacy::sample_campaign();
    const auto calendar = dir.path / "calendar.json";
    write_text(calendar, "\r\n" + advocacy::to_icalendar(c));
    const auto e = failure_of<advocacy::parse_error>([&] { (void)advocacy::load(calendar); });
    BOOST_TEST(e.line() == 2u);
    BOOST_TEST(e.text() == "BEGIN:VCALENDAR");
    BOOST_TEST(e.reason() == "the file " + calendar.string() +
                                 " holds iCalendar, not a JSON campaign as its extension .json says: name the format "
                                 "(\"icalendar\") to read it all the same");
    // Named, it is read; automatic without an extension it would be too.
    BOOST_TEST(advocacy::load(calendar, {.format = file_format::icalendar}).conferences().size() == c.conferences().size());

    const auto json = dir.path / "events.md";
    write_text(json, advocacy::to_json(c));
    const auto listing = failure_of<advocacy::parse_error>([&] { (void)advocacy::import_file(json); });
    BOOST_TEST(listing.reason().find("holds a JSON campaign, not a listing as its extension .md says") != std::string::npos);
    write_text(dir.path / "cards.ics", std::string(card_with_note));
    BOOST_CHECK_THROW((void)advocacy::import_file(dir.path / "cards.ics"), advocacy::parse_error);

    // A format named is checked as well.
    const auto named = failure_of<advocacy::parse_error>(
        [&] { (void)advocacy::import_text(advocacy::to_json(c), {.format = file_format::vcard}); });
    BOOST_TEST(named.reason() == "the text holds a JSON campaign, not vCards, the format named (\"auto\" reads it as its "
                                 "content shows)");
    BOOST_TEST((advocacy::import_text(advocacy::to_json(c)).value == c));
}

BOOST_AUTO_TEST_CASE(formats_that_cannot_be_written_are_refused) {
    scratch dir;
    const auto c = advocacy::sample_campaign();
    for (const auto* name : {"events.md", "events.csv", "events.tsv", "call.txt"}) {
        const auto e = failure_of<advocacy::validation_error>([&] { advocacy::save(c, dir.path / name); });
        BOOST_TEST(e.field() == "format");
        BOOST_TEST(e.reason().find("cannot save " + (dir.path / name).string()) == 0u, e.reason());
        BOOST_TEST(e.reason().find("json (.json), icalendar (.ics), vcard (.vcf) or osdi") != std::string::npos);
    }
    const auto md = failure_of<advocacy::validation_error>([&] { advocacy::save(c, dir.path / "events.md"); });
    BOOST_TEST(md.reason() == "cannot save " + (dir.path / "events.md").string() +
                                  " as a listing (its extension .md): advocacy reads listings and plain text but does "
                                  "not write them; it saves json (.json), icalendar (.ics), vcard (.vcf) or osdi (named)");
    const auto unknown = failure_of<advocacy::validation_error>([&] { advocacy::save(c, dir.path / "c.xml"); });
    BOOST_TEST(unknown.reason().find("from its extension .xml") != std::string::npos);
    BOOST_CHECK_THROW(advocacy::save(c, dir.path / "c.json", file_format::listing), advocacy::validation_error);
    BOOST_CHECK_THROW(advocacy::save(c, dir.path / "c.json", file_format::text), advocacy::validation_error);
    BOOST_TEST(names_in(dir.path).empty());
    BOOST_TEST((advocacy::save_format("c.md", file_format::icalendar) == file_format::icalendar));
    BOOST_TEST((advocacy::save_format("c.vcard") == file_format::vcard));
}

BOOST_AUTO_TEST_CASE(a_failed_save_leaves_the_old_file_byte_for_byte) {
    scratch dir;
    const std::string old = "old bytes\r\n\x01 kept";
    for (const auto* name : {"keep.json", "keep.ics", "keep.vcf", "keep.md"}) write_text(dir.path / name, old);
    // A campaign JSON cannot hold; a calendar stamp outside the years iCalendar holds.
    advocacy::campaign bad("x", "X");
    bad.set_summary("\xff");
    BOOST_CHECK_THROW(advocacy::save(bad, dir.path / "keep.json"), advocacy::validation_error);
    advocacy::save_options year_999;
    year_999.icalendar.stamp = date::sys_days{day(999, 1, 1)};
    BOOST_CHECK_THROW(advocacy::save(advocacy::sample_campaign(), dir.path / "keep.ics", year_999),
                      advocacy::validation_error);
    // Formats that cannot be written.
    BOOST_CHECK_THROW(advocacy::save(advocacy::sample_campaign(), dir.path / "keep.vcf", file_format::text),
                      advocacy::validation_error);
    BOOST_CHECK_THROW(advocacy::save(advocacy::sample_campaign(), dir.path / "keep.md"), advocacy::validation_error);
    for (const auto* name : {"keep.json", "keep.ics", "keep.vcf", "keep.md"}) BOOST_TEST(read_text(dir.path / name) == old, name);
    BOOST_TEST(names_in(dir.path) == (std::set<std::string>{"keep.ics", "keep.json", "keep.md", "keep.vcf"}));
    // The rename over a folder fails once the temporary file is written: it is removed again.
    fs::create_directory(dir.path / "folder.ics");
    const auto in_the_way = io_failure([&] { advocacy::save(advocacy::sample_campaign(), dir.path / "folder.ics"); });
    BOOST_TEST(in_the_way.path() == (dir.path / "folder.ics").string());
    BOOST_TEST(names_in(dir.path) == (std::set<std::string>{"folder.ics", "keep.ics", "keep.json", "keep.md", "keep.vcf"}));
    const auto missing = io_failure([&] { advocacy::save(advocacy::sample_campaign(), dir.path / "absent" / "c.ics"); });
    BOOST_TEST(missing.path() == (dir.path / "absent" / "c.ics").string());
    BOOST_TEST(missing.code().value() == ENOENT);
}

BOOST_AUTO_TEST_CASE(a_file_that_cannot_be_read_is_an_io_error_naming_it) {
    scratch dir;
    for (const auto* name : {"absent.json", "absent.ics", "absent.vcf", "absent.md", "absent"}) {
        const auto e = io_failure([&] { (void)advocacy::load(dir.path / name); });
        BOOST_TEST(e.path() == (dir.path / name).string());
        BOOST_TEST(e.code().value() == ENOENT);
        BOOST_TEST(std::string(e.what()) == (dir.path / name).string() + ": No such file or directory");
    }
    const auto folder = io_failure([&] { (void)advocacy::import_file(dir.path); });
    BOOST_TEST(folder.path() == dir.path.string());
    BOOST_TEST(folder.code().value() == EISDIR);
    if (::geteuid() != 0) {  // root reads anything
        const auto locked = dir.path / "locked.ics";
        write_text(locked, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        fs::permissions(locked, fs::perms::none);
        const auto denied = io_failure([&] { (void)advocacy::load(locked); });
        BOOST_TEST(denied.path() == locked.string());
        BOOST_TEST(denied.code().value() == EACCES);
    }
    write_text(dir.path / "big.json", advocacy::to_json(advocacy::sample_campaign()));
    const auto big = io_failure([&] { (void)advocacy::load(dir.path / "big.json", {.max_size = 10}); });
    BOOST_TEST(big.code() == std::make_error_code(std::errc::file_too_large));
}

// load() reads a file whole or refuses it; import_file() reads what it can and names the rest.
BOOST_AUTO_TEST_CASE(load_refuses_what_import_file_warns_of) {
    scratch dir;
    const auto path = dir.path / "contacts.vcf";
    write_text(path, std::string(card_with_note));
    const auto result = advocacy::import_file(path);
    BOOST_TEST((result.format == file_format::vcard));
    BOOST_TEST(result.value.groups().size() == 1u);
    BOOST_REQUIRE(result.warnings.size() == 1u);
    const auto e = failure_of<advocacy::parse_error>([&] { (void)advocacy::load(path); });
    BOOST_TEST(e.line() == result.warnings[0].line);
    BOOST_TEST(e.text() == result.warnings[0].text);
    BOOST_TEST(e.reason().starts_with(result.warnings[0].reason + "; load reads a file whole"));
}

BOOST_AUTO_TEST_CASE(progress_counts_the_bytes_read_then_built) {
    scratch dir;
    const auto path = dir.path / "c.json";
    const auto text = advocacy::to_json(advocacy::sample_campaign());
    write_text(path, text);
    std::vector<std::pair<std::uintmax_t, std::uintmax_t>> told;
    advocacy::load_options options;
    options.progress = [&](std::uintmax_t done, std::uintmax_t total) { told.emplace_back(done, total); };
    (void)advocacy::load(path, options);
    BOOST_REQUIRE(told.size() >= 2u);
    for (std::size_t i = 0; i < told.size(); ++i) {
        BOOST_TEST(told[i].second == 2 * text.size());
        BOOST_TEST(told[i].first <= told[i].second);
        if (i > 0) BOOST_TEST(told[i].first >= told[i - 1].first);
    }
    BOOST_TEST(told.front().first <= text.size());
    BOOST_TEST(told.back().first == 2 * text.size());

    std::vector<std::uintmax_t> written;
    advocacy::save_options saving;
    saving.progress = [&](std::uintmax_t done, std::uintmax_t) { written.push_back(done); };
    advocacy::save(advocacy::sample_campaign(), path, saving);
    BOOST_REQUIRE(!written.empty());
    BOOST_TEST(written.back() == text.size());
}

BOOST_AUTO_TEST_CASE(public_read_and_write_are_the_atomic_ones) {
    scratch dir;
    const auto path = dir.path / "notes.txt";
    advocacy::write_file(path, "first");
    advocacy::write_file(path, "second");
    BOOST_TEST(advocacy::read_file(path) == "second");
    BOOST_TEST(names_in(dir.path) == (std::set<std::string>{"notes.txt"}));
    BOOST_TEST(io_failure([&] { (void)advocacy::read_file(path, 3); }).code() ==
               std::make_error_code(std::errc::file_too_large));
}

BOOST_AUTO_TEST_SUITE_END()
