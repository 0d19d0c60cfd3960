// SPDX-License-Identifier: MIT
#include "advocacy/conference.hpp"

#include "advocacy/error.hpp"

#include <boost/test/unit_test.hpp>

#include <functional>
#include <sstream>
#include <string>

namespace {

using namespace date::literals;

auto baltimore() -> advocacy::location {
    advocacy::location place;
    place.locality = "Baltimore";
    place.region = "MD";
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
    BOOST_TEST(refused(event).first == "conference \"ma-2015\": location.time_zone");
    BOOST_TEST(refused(event).second == "unknown IANA time zone \"Mars/Olympus\"");
    event = mid_atlantic();
    event.place.country = "usa";
    BOOST_TEST(refused(event).first == "conference \"ma-2015\": location.country");
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
    BOOST_TEST(refused(event).first == "conference \"ma-2015\": location.time_zone");
    BOOST_TEST(refused(event).second.find("depends on the machine") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
