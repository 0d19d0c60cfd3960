// SPDX-License-Identifier: MIT
// Replays every input of tests/fuzz/corpus/<target>/ and tests/fuzz/regressions/<target>/
// through the same body the libFuzzer target runs (tests/fuzz/readers.hpp), so an input that
// once crashed a fuzzer stays fixed in the normal test suite, built with any compiler.

#include <boost/test/unit_test.hpp>

#include "../fuzz/readers.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#ifndef ADVOCACY_FUZZ_DIR
#error "ADVOCACY_FUZZ_DIR must name tests/fuzz (set in tests/CMakeLists.txt)"
#endif

BOOST_AUTO_TEST_SUITE(fuzz_regressions)

namespace {

namespace fs = std::filesystem;

// The files of <kind>/<target>/ in name order, skipping hidden files such as .gitkeep.
auto inputs(std::string_view kind, std::string_view target) -> std::vector<fs::path> {
    std::vector<fs::path> files;
    auto folder = fs::path{ADVOCACY_FUZZ_DIR} / kind / target;
    if (!fs::is_directory(folder)) return files;
    for (const auto& entry : fs::directory_iterator{folder}) {
        if (entry.is_regular_file() && !entry.path().filename().string().starts_with(".")) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

auto read_bytes(const fs::path& path) -> std::string {
    std::ifstream in{path, std::ios::binary};
    BOOST_REQUIRE_MESSAGE(in, "cannot open " << path);
    return {std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
}

// Runs `body` on every corpus and regression input of `target`; returns how many corpus seeds
// there were, so each test can insist its corpus is not empty (an empty one tests nothing).
template <typename Body>
auto replay(std::string_view target, Body body) -> std::size_t {
    for (std::string_view kind : {"corpus", "regressions"}) {
        for (const auto& path : inputs(kind, target)) {
            auto data = read_bytes(path);
            BOOST_TEST_CONTEXT(path.string()) {
                try {
                    body(std::string_view{data});
                } catch (const std::exception& e) {
                    BOOST_ERROR("escaped the reader: " << e.what());
                }
            }
        }
    }
    return inputs("corpus", target).size();
}

}  // namespace

BOOST_AUTO_TEST_CASE(date_range_inputs) {
    BOOST_TEST(replay("fuzz_date_range", advocacy::fuzz::fuzz_date_range) >= 3u);
}

BOOST_AUTO_TEST_CASE(days_inputs) {
    BOOST_TEST(replay("fuzz_days", advocacy::fuzz::fuzz_days) >= 3u);
}

BOOST_AUTO_TEST_CASE(meeting_schedule_inputs) {
    BOOST_TEST(replay("fuzz_meeting_schedule", advocacy::fuzz::fuzz_meeting_schedule) >= 3u);
}

BOOST_AUTO_TEST_CASE(announcement_inputs) {
    BOOST_TEST(replay("fuzz_announcement", advocacy::fuzz::fuzz_announcement) >= 2u);
}

BOOST_AUTO_TEST_CASE(listing_inputs) {
    BOOST_TEST(replay("fuzz_listing", advocacy::fuzz::fuzz_listing) >= 4u);
}

BOOST_AUTO_TEST_CASE(json_inputs) {
    BOOST_TEST(replay("fuzz_json", advocacy::fuzz::fuzz_json) >= 2u);
}

BOOST_AUTO_TEST_CASE(icalendar_inputs) {
    BOOST_TEST(replay("fuzz_icalendar", advocacy::fuzz::fuzz_icalendar) >= 2u);
}

BOOST_AUTO_TEST_CASE(vcard_inputs) {
    BOOST_TEST(replay("fuzz_vcard", advocacy::fuzz::fuzz_vcard) >= 5u);
}

BOOST_AUTO_TEST_CASE(osdi_inputs) {
    BOOST_TEST(replay("fuzz_osdi", advocacy::fuzz::fuzz_osdi) >= 3u);
}

BOOST_AUTO_TEST_CASE(supporters_inputs) {
    BOOST_TEST(replay("fuzz_supporters", advocacy::fuzz::fuzz_supporters) >= 4u);
}

BOOST_AUTO_TEST_CASE(import_inputs) {
    BOOST_TEST(replay("fuzz_import", advocacy::fuzz::fuzz_import) >= 4u);
}

// Found by fuzz_json: a number beyond a double escaped as nlohmann's out_of_range.
BOOST_AUTO_TEST_CASE(json_number_overflow_is_a_parse_error) {
    const std::string text = "{\n  \"schema_version\": 1,\n  \"id\": \"1e999\", \"title\": 2e999\n}";
    try {
        (void)advocacy::campaign_from_json(text);
        BOOST_ERROR("campaign_from_json accepted a number beyond a double");
    } catch (const advocacy::parse_error& e) {
        BOOST_TEST(e.line() == 3u);
        BOOST_TEST(e.position() == 26u);  // 2e999, not the string "1e999" before it
        BOOST_TEST(e.reason().find("2e999") != std::string::npos);
    }
}

// A broken round trip must not pass for a refusal, which the bodies swallow.
static_assert(!std::is_base_of_v<advocacy::error, advocacy::fuzz::failure>);

// The bodies must notice a broken property, not only crashes: a reader that accepts text must
// keep accepting its own output, so a valid seed reaches the round-trip checks.
BOOST_AUTO_TEST_CASE(valid_seeds_reach_the_round_trips) {
    BOOST_CHECK_NO_THROW(advocacy::fuzz::fuzz_date_range("Nov 13-15, 2015"));
    BOOST_CHECK_NO_THROW(advocacy::fuzz::fuzz_days("May 3-4 & 10-11, 2026"));
    BOOST_CHECK_NO_THROW(advocacy::fuzz::fuzz_meeting_schedule("second Tuesday of each month at 7pm"));
}

BOOST_AUTO_TEST_SUITE_END()
