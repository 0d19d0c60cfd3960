// SPDX-License-Identifier: MIT
// The field lists of detail/fields.hpp: each names every member once, every field counts in ==
// and in the hash, and the JSON the library writes has exactly the listed keys, in their order.
#include "advocacy/detail/fields.hpp"

#include "advocacy/campaign.hpp"
#include "advocacy/json.hpp"
#include "advocacy/sample.hpp"

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace {

using namespace advocacy;
using namespace std::chrono_literals;

static_assert(detail::described<location>);
static_assert(detail::described<contact>);
static_assert(detail::described<conference>);
static_assert(detail::described<group>);
static_assert(detail::described<action_target>);
static_assert(detail::described<action>);
static_assert(detail::described<milestone>);

// A type with a member its list leaves out is not described.
struct half_listed {
    std::string a{};
    std::string b{};
};
}  // namespace

template <>
struct advocacy::detail::fields_of<half_listed> {
    static constexpr std::tuple list{make_field("a", &half_listed::a)};
};

namespace {

static_assert(!advocacy::detail::described<half_listed>);
static_assert(advocacy::detail::member_count<half_listed>() == 2);

// A value of the member's type unlike `value`.
template <class T>
auto changed(const T& value) -> T {
    const date_range days{date::sys_days{date::year{2015} / 11 / 13}, date::sys_days{date::year{2015} / 11 / 15}};
    if constexpr (advocacy::detail::is_text<T>) {
        return value + "x";
    } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
        auto out = value;
        out.emplace_back("x");
        return out;
    } else if constexpr (std::is_same_v<T, state_code>) {
        return value == state_code{"MD"} ? state_code{"VA"} : state_code{"MD"};
    } else if constexpr (std::is_same_v<T, date::sys_days>) {
        return value + date::days{1};
    } else if constexpr (std::is_same_v<T, date_range>) {
        return date_range{value.first(), value.last() + date::days{1}};
    } else if constexpr (std::is_enum_v<T>) {
        return static_cast<T>(static_cast<std::underlying_type_t<T>>(value) + 1);
    } else if constexpr (std::is_same_v<T, std::optional<std::chrono::minutes>>) {
        return value ? std::nullopt : std::optional{600min};
    } else if constexpr (std::is_same_v<T, std::optional<date_range>>) {
        return value ? std::nullopt : std::optional{days};
    } else if constexpr (std::is_same_v<T, std::vector<date_range>>) {
        auto out = value;
        out.push_back(days);
        return out;
    } else if constexpr (std::is_same_v<T, std::vector<contact>>) {
        auto out = value;
        out.push_back(contact{.name = "Ana"});
        return out;
    } else if constexpr (std::is_same_v<T, std::optional<meeting_schedule>>) {
        if (value) return std::nullopt;
        return meeting_schedule::weekly(date::Tuesday, time_of_day{19h}, 120min, "America/Chicago");
    } else {
        static_assert(advocacy::detail::described<T>);
        T out = value;
        const auto& first = std::get<0>(advocacy::detail::fields_of<T>::list);
        out.*(first.member) = changed(value.*(first.member));
        return out;
    }
}

// Changing any one field makes the value unequal, and (barring a collision) changes its hash.
template <class T>
void check_every_field_counts(const T& base) {
    advocacy::detail::for_each_field<T>([&](const auto& f) {
        T other = base;
        other.*(f.member) = changed(base.*(f.member));
        BOOST_TEST_CONTEXT("field " << f.name) {
            BOOST_TEST(!(other == base));
            if constexpr (requires { std::hash<T>{}(base); }) BOOST_TEST(std::hash<T>{}(other) != std::hash<T>{}(base));
        }
    });
}

// The keys of `object`, in order.
auto keys(const nlohmann::ordered_json& object) -> std::vector<std::string> {
    std::vector<std::string> out;
    for (const auto& item : object.items()) out.push_back(item.key());
    return out;
}

// The names T's list writes for `value`: all, less the if_set ones left at their default.
template <class T>
auto written_names(const T& value) -> std::vector<std::string> {
    std::vector<std::string> out;
    advocacy::detail::for_each_field<T>([&](const auto& f) {
        if (f.use != advocacy::detail::presence::if_set || !advocacy::detail::is_default(value.*(f.member))) {
            out.emplace_back(f.name);
        }
    });
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(fields)

BOOST_AUTO_TEST_CASE(every_field_counts_in_equality_and_hash) {
    const auto c = sample_campaign();
    const auto& event = c.conferences().front();
    check_every_field_counts(event);
    check_every_field_counts(event.place);
    check_every_field_counts(c.milestones().front());
    for (const auto& g : c.groups()) {
        check_every_field_counts(g);
        if (!g.contacts.empty()) check_every_field_counts(g.contacts.front());
        break;
    }
    check_every_field_counts(c.actions().front());
    check_every_field_counts(c.actions().front().target);
}

BOOST_AUTO_TEST_CASE(json_keys_are_the_lists_names) {
    auto c = sample_campaign();
    auto timed = c.conferences().front();
    timed.id = "timed";
    timed.start_time = 9h;
    timed.end_time = 17h;
    timed.place.online = "https://example.org/join";
    c.add_conference(timed);
    const auto document = nlohmann::ordered_json::parse(to_json(c));
    for (std::size_t i = 0; i < c.conferences().size(); ++i) {
        const auto& event = c.conferences()[i];
        BOOST_TEST(keys(document["conferences"][i]) == written_names(event), boost::test_tools::per_element());
        BOOST_TEST(keys(document["conferences"][i]["place"]) == written_names(event.place),
                   boost::test_tools::per_element());
    }
    std::size_t i = 0;
    for (const auto& g : c.groups()) {
        BOOST_TEST(keys(document["groups"][i]) == written_names(g), boost::test_tools::per_element());
        for (std::size_t k = 0; k < g.contacts.size(); ++k) {
            BOOST_TEST(keys(document["groups"][i]["contacts"][k]) == written_names(g.contacts[k]),
                       boost::test_tools::per_element());
        }
        ++i;
    }
    for (std::size_t k = 0; k < c.actions().size(); ++k) {
        const auto& step = c.actions()[k];
        BOOST_TEST(keys(document["actions"][k]) == written_names(step), boost::test_tools::per_element());
        BOOST_TEST(keys(document["actions"][k]["target"]) == written_names(step.target), boost::test_tools::per_element());
    }
    BOOST_TEST(keys(document["milestones"][0]) == written_names(c.milestones().front()), boost::test_tools::per_element());
    BOOST_TEST(to_json(campaign_from_json(to_json(c))) == to_json(c));
}

BOOST_AUTO_TEST_CASE(required_fields_are_refused_when_missing) {
    // Each required field of a conference, removed from the written document, is named.
    const auto c = sample_campaign();
    advocacy::detail::for_each_field<conference>([&](const auto& f) {
        if (f.use != advocacy::detail::presence::required) return;
        auto document = nlohmann::ordered_json::parse(to_json(c));
        document["conferences"][0].erase(std::string(f.name));
        BOOST_TEST_CONTEXT("field " << f.name) {
            try {
                (void)campaign_from_json(document.dump());
                BOOST_ERROR("read without its " << f.name);
            } catch (const parse_error& e) {
                BOOST_TEST(std::string(e.what()).find("/conferences/0/" + std::string(f.name) + ": required, missing") !=
                           std::string::npos);
            }
        }
    });
}

BOOST_AUTO_TEST_SUITE_END()
