// SPDX-License-Identifier: MIT
#include "advocacy/conference.hpp"

#include "advocacy/error.hpp"

#include <boost/test/unit_test.hpp>

#include <functional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace advocacy::literals;

namespace {

using namespace date::literals;

auto baltimore() -> advocacy::location {
    advocacy::location place;
    place.locality = "Baltimore";
    place.state = "MD"_state;
    place.time_zone = "America/New_York";
    return place;
}

auto mid_atlantic() -> advocacy::conference {
    return advocacy::conference{
        .id = "ma-2015",
        .name = "Mid Atlantic Regional Conference",
        .dates = advocacy::date_range(date::sys_days{2015_y / nov / 13}, date::sys_days{2015_y / nov / 15}),
        .place = baltimore(),
        .region = "Mid Atlantic",
        .registration_url = "https://example.org/ma-2015",
        .description = "Workshops and a day of action.\nBring a friend.",
    };
}

auto refused(const advocacy::conference& event) -> std::pair<std::string, std::string> {
    try {
        advocacy::validate(event);
    } catch (const advocacy::validation_error& e) {
        return {e.field(), e.reason()};
    }
    return {"", ""};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(conference)

BOOST_AUTO_TEST_CASE(equality_order_copy_hash) {
    auto a = mid_atlantic();
    auto b = a;
    BOOST_TEST((a == b));
    BOOST_TEST(std::hash<advocacy::conference>{}(a) == std::hash<advocacy::conference>{}(b));
    b.dates = advocacy::date_range(date::sys_days{2015_y / nov / 14}, date::sys_days{2015_y / nov / 15});
    BOOST_TEST((a != b));
    BOOST_TEST(std::hash<advocacy::conference>{}(a) != std::hash<advocacy::conference>{}(b));
    b = a;
    b.place.locality = "Annapolis";
    BOOST_TEST((a != b));
}

BOOST_AUTO_TEST_CASE(to_string_form) {
    BOOST_TEST(advocacy::to_string(mid_atlantic()) ==
               "Mid Atlantic Regional Conference, Nov 13\u2013""15, 2015, Baltimore, MD");
    auto nowhere = mid_atlantic();
    nowhere.place = {};
    BOOST_TEST(advocacy::to_string(nowhere) == "Mid Atlantic Regional Conference, Nov 13\u2013""15, 2015");
    std::ostringstream out;
    out << mid_atlantic();
    BOOST_TEST(out.str() == advocacy::to_string(mid_atlantic()));
}

BOOST_AUTO_TEST_CASE(valid_conference_passes) {
    BOOST_CHECK_NO_THROW(advocacy::validate(mid_atlantic()));
    auto plain = mid_atlantic();
    plain.registration_url.clear();
    plain.region.clear();
    plain.description.clear();
    BOOST_CHECK_NO_THROW(advocacy::validate(plain));
    plain.registration_url = "http://example.org";
    BOOST_CHECK_NO_THROW(advocacy::validate(plain));
}

BOOST_AUTO_TEST_CASE(id_is_required_and_checked) {
    auto event = mid_atlantic();
    event.id = "";
    BOOST_TEST(refused(event).first == "conference: id");
    BOOST_TEST(refused(event).second == "required");
    event.id = "ma 2015";
    BOOST_TEST(refused(event).first == "conference \"ma 2015\": id");
    BOOST_TEST(refused(event).second == "\"ma 2015\" is not an id: expected ASCII letters, digits, '-', '_' or '.'");
    event.id = "ma/2015";
    BOOST_TEST(refused(event).first == "conference \"ma/2015\": id");
    event.id = "MA_2015.v2-b";
    BOOST_TEST(refused(event).first == "");
}

BOOST_AUTO_TEST_CASE(name_is_required) {
    auto event = mid_atlantic();
    event.name = " ";
    BOOST_TEST(refused(event).first == "conference \"ma-2015\": name");
    BOOST_TEST(refused(event).second == "required");
    event.name = "Mid\nAtlantic";
    BOOST_TEST(refused(event).first == "conference \"ma-2015\": name");
    event = mid_atlantic();
    event.region = "Mid\rAtlantic";
    BOOST_TEST(refused(event).first == "conference \"ma-2015\": region");
}

BOOST_AUTO_TEST_CASE(location_fields_are_prefixed) {
    auto event = mid_atlantic();
    event.place.time_zone = "Mars/Olympus";
    BOOST_TEST(refused(event).first == "conference \"ma-2015\": place.time_zone");
    BOOST_TEST(refused(event).second == "unknown IANA time zone \"Mars/Olympus\"");
    event = mid_atlantic();
    event.place.country = "usa";
    BOOST_TEST(refused(event).first == "conference \"ma-2015\": place.country");
}

BOOST_AUTO_TEST_CASE(registration_url) {
    auto event = mid_atlantic();
    event.registration_url = "example.org/register";
    BOOST_TEST(refused(event).first == "conference \"ma-2015\": registration_url");
    BOOST_TEST(refused(event).second ==
               "\"example.org/register\" is not a URL: expected http:// or https://");
    event.registration_url = "https://example.org/a b";
    BOOST_TEST(refused(event).second ==
               "\"https://example.org/a b\" holds a space or control character; expected a URL");
    event.registration_url = "https://";
    BOOST_TEST(refused(event).second == "\"https://\" has no host");
    event.registration_url = "ftp://example.org";
    BOOST_TEST(refused(event).first == "conference \"ma-2015\": registration_url");
}

BOOST_AUTO_TEST_CASE(times_of_day) {
    using std::chrono::hours;
    using std::chrono::minutes;
    auto event = mid_atlantic();
    BOOST_TEST(!event.timed());
    event.dates = advocacy::date_range(date::sys_days{2015_y / nov / 13});
    event.start_time = hours{19};
    event.end_time = hours{21} + minutes{30};
    BOOST_TEST(event.timed());
    BOOST_TEST(refused(event).first == "");
    BOOST_TEST(advocacy::to_string(event) ==
               "Mid Atlantic Regional Conference, Nov 13, 2015, 19:00\u2013""21:30, Baltimore, MD");
    auto other = event;
    other.end_time = hours{22};
    BOOST_TEST((other != event));
    BOOST_TEST(std::hash<advocacy::conference>{}(other) != std::hash<advocacy::conference>{}(event));
    other = event;
    other.start_time = other.end_time = std::nullopt;
    BOOST_TEST((other != event));
    BOOST_TEST((other < event));  // all day sorts before timed, as an empty optional does

    // A zero-length event and one past midnight are fine; a one-day event may not end before it starts.
    other = event;
    other.end_time = other.start_time;
    BOOST_TEST(refused(other).first == "");
    other.end_time = hours{18};
    BOOST_TEST(refused(other).first == "conference \"ma-2015\": end_time");
    BOOST_TEST(refused(other).second ==
               "18:00 is before the start time 19:00 of a one-day event; an event past midnight ends on a later day");
    other.dates = advocacy::date_range(date::sys_days{2015_y / nov / 13}, date::sys_days{2015_y / nov / 14});
    other.end_time = minutes{30};
    BOOST_TEST(refused(other).first == "");

    // Both or neither, and each a time of day.
    other = event;
    other.end_time.reset();
    BOOST_TEST(refused(other).first == "conference \"ma-2015\": end_time");
    BOOST_TEST(refused(other).second == "required with start_time: a timed event has both, an all-day event neither");
    other = event;
    other.start_time.reset();
    BOOST_TEST(refused(other).first == "conference \"ma-2015\": start_time");
    other = event;
    other.end_time = hours{24};
    BOOST_TEST(refused(other).first == "conference \"ma-2015\": end_time");
    BOOST_TEST(refused(other).second == "1440 minutes after midnight is not a time of day: expected 00:00 to 23:59");
    other.end_time = hours{22};
    other.start_time = minutes{-1};
    BOOST_TEST(refused(other).first == "conference \"ma-2015\": start_time");
}

BOOST_AUTO_TEST_CASE(a_name_of_control_characters_is_refused) {
    auto event = mid_atlantic();
    event.name = "\x01\x1b\x7f";
    BOOST_TEST(refused(event).first == "conference \"ma-2015\": name");
    BOOST_TEST(refused(event).second == "required: \"\\x01\\x1b\\x7f\" shows no visible character");
    event.name = " \xC2\xA0\xC2\x85 ";
    BOOST_TEST(refused(event).first == "conference \"ma-2015\": name");
    event.name = "\x01X";
    BOOST_TEST(refused(event).first == "");
}

BOOST_AUTO_TEST_CASE(dates_lie_in_the_years_1000_to_9999) {
    auto event = mid_atlantic();
    const auto on = [](int y, int m, int d) { return date::sys_days{date::year{y} / m / d}; };
    event.dates = advocacy::date_range(on(999, 12, 31), on(1000, 1, 2));
    BOOST_TEST(refused(event).first == "conference \"ma-2015\": dates");
    BOOST_TEST(refused(event).second == "0999-12-31/1000-01-02 is outside the years 1000 to 9999");
    event.dates = advocacy::date_range(on(9999, 12, 31), on(10000, 1, 1));
    BOOST_TEST(refused(event).first == "conference \"ma-2015\": dates");
    event.dates = advocacy::date_range(on(1000, 1, 1), on(9999, 12, 31));
    BOOST_TEST(refused(event).first == "");
}

BOOST_AUTO_TEST_CASE(the_machine_zone_localtime_is_refused) {
    auto event = mid_atlantic();
    event.place.time_zone = "localtime";
    BOOST_TEST(refused(event).first == "conference \"ma-2015\": place.time_zone");
    BOOST_TEST(refused(event).second.find("depends on the machine") != std::string::npos);
}

namespace {

auto nov(unsigned first, unsigned last) -> advocacy::date_range {
    return advocacy::date_range(date::sys_days{2015_y / date::November / first}, date::sys_days{2015_y / date::November / last});
}

}  // namespace

BOOST_AUTO_TEST_CASE(sessions_are_part_of_the_value) {
    auto a = mid_atlantic();
    a.sessions = {nov(13, 13), nov(15, 15)};
    BOOST_TEST(refused(a).first == "");
    auto b = a;
    BOOST_TEST((a == b));
    BOOST_TEST(std::hash<advocacy::conference>{}(a) == std::hash<advocacy::conference>{}(b));
    b.sessions = {nov(13, 14), nov(15, 15)};
    BOOST_TEST((a != b));
    BOOST_TEST(std::hash<advocacy::conference>{}(a) != std::hash<advocacy::conference>{}(b));
    BOOST_TEST(to_string(a) == "Mid Atlantic Regional Conference, Nov 13, 2015 & Nov 15, 2015, Baltimore, MD");
    const std::vector<advocacy::date_range> read_back =
        advocacy::parse_days("Nov 13, 2015 & Nov 15, 2015", advocacy::parse_options{});
    BOOST_TEST((read_back == a.sessions));
    b.sessions.clear();
    BOOST_TEST((a != b));
    BOOST_TEST(refused(b).first == "");  // no sessions: every day of the dates
}

BOOST_AUTO_TEST_CASE(sessions_are_in_order_disjoint_and_span_the_dates) {
    struct bad {
        std::vector<advocacy::date_range> sessions;
        std::string_view reason;
    };
    const std::vector<bad> cases{
        {{nov(15, 15), nov(13, 13)}, "session 1 (2015-11-13) comes before session 0 (2015-11-15)"},
        {{nov(13, 14), nov(14, 15)}, "session 1 (2015-11-14/2015-11-15) shares days with session 0"},
        {{nov(13, 13), nov(13, 13)}, "session 1 (2015-11-13) shares days with session 0"},
        {{nov(14, 14), nov(15, 15)}, "the sessions run 2015-11-14/2015-11-15, the dates 2015-11-13/2015-11-15"},
        {{nov(13, 13), nov(14, 14)}, "the sessions run 2015-11-13/2015-11-14, the dates 2015-11-13/2015-11-15"},
        {{nov(13, 13), nov(16, 16)}, "the sessions run 2015-11-13/2015-11-16"},
        {{nov(13, 15)}, "one session (2015-11-13/2015-11-15) is every day of the dates"},
    };
    for (const auto& c : cases) {
        auto event = mid_atlantic();
        event.sessions = c.sessions;
        const auto [field, reason] = refused(event);
        BOOST_TEST_CONTEXT(c.reason) {
            BOOST_TEST(field == "conference \"ma-2015\": sessions");
            BOOST_TEST(reason.starts_with(c.reason));
        }
    }
}

BOOST_AUTO_TEST_CASE(a_timed_conference_with_one_day_sessions_ends_after_it_starts) {
    auto event = mid_atlantic();
    event.sessions = {nov(13, 13), nov(15, 15)};
    event.start_time = std::chrono::hours{19};
    event.end_time = std::chrono::hours{9};
    BOOST_TEST(refused(event).first == "conference \"ma-2015\": end_time");
    event.end_time = std::chrono::hours{21};
    BOOST_TEST(refused(event).first == "");
}

BOOST_AUTO_TEST_SUITE_END()
