// SPDX-License-Identifier: MIT
#include "advocacy/json.hpp"

#include "advocacy/detail/calendar_words.hpp"
#include "advocacy/detail/checks.hpp"
#include "advocacy/detail/file.hpp"
#include "advocacy/error.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace advocacy {
namespace {

// ordered_json keeps keys in the order written, so the document reads top-down like the model.
using ojson = nlohmann::ordered_json;

// A JSON pointer token: "~" and "/" escaped as RFC 6901 says.
auto pointer_token(std::string_view key) -> std::string {
    std::string out;
    for (char c : key) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
    return out;
}

auto child(const std::string& pointer, std::string_view key) -> std::string {
    return pointer + "/" + pointer_token(key);
}
auto child(const std::string& pointer, std::size_t index) -> std::string {
    return pointer + "/" + std::to_string(index);
}

// The root's pointer is "", which reads badly in a message.
auto shown(const std::string& pointer) -> std::string { return pointer.empty() ? "/" : pointer; }

// Weekdays as the schema spells them, in lower case.
constexpr std::array<const char*, 7> weekday_names{"sunday",   "monday", "tuesday", "wednesday",
                                                   "thursday", "friday", "saturday"};

// Whether `text` is well-formed UTF-8: nlohmann refuses to write anything else, and we want to
// say which field is at fault.
auto is_utf8(std::string_view text) noexcept -> bool { return detail::first_invalid_utf8(text) == std::string_view::npos; }

// ---------------------------------------------------------------------------------------------
// Writing

auto text(std::string_view value, const std::string& pointer) -> ojson {
    if (!is_utf8(value)) throw validation_error(shown(pointer), "is not valid UTF-8; JSON holds UTF-8 text only");
    return std::string(value);
}

// text() of the member `key` of the object at `parent`: the member's pointer is built only for
// the error, not for every field written.
auto text(std::string_view value, const std::string& parent, std::string_view key) -> ojson {
    if (!is_utf8(value)) return text(value, child(parent, key));  // throws, naming the member
    return std::string(value);
}

auto texts(const std::vector<std::string>& values, const std::string& pointer) -> ojson {
    ojson out = ojson::array();
    for (std::size_t i = 0; i < values.size(); ++i) out.push_back(text(values[i], child(pointer, i)));
    return out;
}

auto iso_day(date::sys_days day, const std::string& pointer) -> ojson {
    const date::year_month_day ymd{day};
    const int year = static_cast<int>(ymd.year());
    if (year < detail::first_year || year > detail::last_year) {
        throw validation_error(shown(pointer), "year " + std::to_string(year) + " is outside 1000-9999, the years of a date");
    }
    return date::format("%F", day);
}

auto range_json(const date_range& range, const std::string& pointer) -> ojson {
    ojson out = ojson::object();
    out["first"] = iso_day(range.first(), child(pointer, "first"));
    out["last"] = iso_day(range.last(), child(pointer, "last"));
    return out;
}

auto place_json(const location& place, const std::string& pointer) -> ojson {
    ojson out = ojson::object();
    out["venue"] = text(place.venue, pointer, "venue");
    out["address_lines"] = texts(place.address_lines, child(pointer, "address_lines"));
    out["locality"] = text(place.locality, pointer, "locality");
    out["region"] = text(place.region, pointer, "region");
    out["postal_code"] = text(place.postal_code, pointer, "postal_code");
    out["country"] = text(place.country, pointer, "country");
    out["time_zone"] = text(place.time_zone, pointer, "time_zone");
    return out;
}

auto schedule_json(const meeting_schedule& schedule, const std::string& pointer) -> ojson {
    ojson out = ojson::object();
    out["kind"] = std::string(to_string(schedule.kind()));
    switch (schedule.kind()) {
    case recurrence::weekly:
        out["interval"] = schedule.interval();
        out["weekday"] = weekday_names[schedule.weekday().c_encoding()];
        break;
    case recurrence::monthly_by_weekday:
        out["nth"] = schedule.nth();
        out["weekday"] = weekday_names[schedule.weekday().c_encoding()];
        break;
    case recurrence::monthly_by_day: out["day_of_month"] = schedule.day_of_month(); break;
    }
    out["start"] = detail::clock_text(schedule.start_time());
    out["duration_minutes"] = schedule.duration().count();
    out["time_zone"] = text(schedule.time_zone(), pointer, "time_zone");
    out["effective"] = schedule.effective() ? range_json(*schedule.effective(), child(pointer, "effective")) : ojson(nullptr);
    ojson skipped = ojson::array();
    for (std::size_t i = 0; i < schedule.skipped().size(); ++i) {
        skipped.push_back(iso_day(schedule.skipped()[i], child(child(pointer, "skipped"), i)));
    }
    out["skipped"] = std::move(skipped);
    // For people reading the file; ignored on read, where the fields above are the truth.
    out["rule"] = text(schedule.describe(), pointer, "rule");
    out["rrule"] = schedule.rrule();
    return out;
}

auto contact_json(const contact& person, const std::string& pointer) -> ojson {
    ojson out = ojson::object();
    out["name"] = text(person.name, pointer, "name");
    out["role"] = text(person.role, pointer, "role");
    out["email"] = text(person.email, pointer, "email");
    out["phone"] = text(person.phone, pointer, "phone");
    return out;
}

auto conference_json(const conference& event, const std::string& pointer) -> ojson {
    ojson out = ojson::object();
    out["id"] = text(event.id, pointer, "id");
    out["name"] = text(event.name, pointer, "name");
    out["dates"] = range_json(event.dates, child(pointer, "dates"));
    if (event.timed()) {  // schema version 2; absent for all-day events
        out["start_time"] = detail::clock_text(*event.start_time);
        out["end_time"] = detail::clock_text(*event.end_time);
    }
    out["place"] = place_json(event.place, child(pointer, "place"));
    out["region"] = text(event.region, pointer, "region");
    out["registration_url"] = text(event.registration_url, pointer, "registration_url");
    out["description"] = text(event.description, pointer, "description");
    return out;
}

auto group_json(const group& g, const std::string& pointer) -> ojson {
    ojson out = ojson::object();
    out["id"] = text(g.id, pointer, "id");
    out["name"] = text(g.name, pointer, "name");
    out["kind"] = std::string(to_string(g.kind));
    out["place"] = place_json(g.place, child(pointer, "place"));
    out["region"] = text(g.region, pointer, "region");
    out["website"] = text(g.website, pointer, "website");
    ojson contacts = ojson::array();
    for (std::size_t i = 0; i < g.contacts.size(); ++i) {
        contacts.push_back(contact_json(g.contacts[i], child(child(pointer, "contacts"), i)));
    }
    out["contacts"] = std::move(contacts);
    out["meetings"] = g.meetings ? schedule_json(*g.meetings, child(pointer, "meetings")) : ojson(nullptr);
    return out;
}

auto action_json(const action& step, const std::string& pointer) -> ojson {
    ojson out = ojson::object();
    out["id"] = text(step.id, pointer, "id");
    out["kind"] = std::string(to_string(step.kind));
    out["title"] = text(step.title, pointer, "title");
    out["description"] = text(step.description, pointer, "description");
    ojson target = ojson::object();
    target["kind"] = std::string(to_string(step.target.kind));
    const std::string at_target = child(pointer, "target");
    target["id"] = text(step.target.id, at_target, "id");
    target["name"] = text(step.target.name, at_target, "name");
    out["target"] = std::move(target);
    out["window"] = step.window ? range_json(*step.window, child(pointer, "window")) : ojson(nullptr);
    out["related_conferences"] = texts(step.related_conferences, child(pointer, "related_conferences"));
    out["talking_points"] = texts(step.talking_points, child(pointer, "talking_points"));
    return out;
}

auto campaign_json(const campaign& c) -> ojson {
    ojson out = ojson::object();
    // The oldest version that holds everything: readers of version 1 know no conference times
    // and would drop them, so only a campaign with a timed conference is written as version 2.
    const bool timed = std::any_of(c.conferences().begin(), c.conferences().end(),
                                   [](const conference& event) { return event.timed(); });
    out["schema_version"] = timed ? json_schema_version : 1;
    out["id"] = text(c.id(), "/id");
    out["title"] = text(c.title(), "/title");
    out["summary"] = text(c.summary(), "/summary");
    out["organization"] = text(c.organization(), "/organization");

    ojson milestones = ojson::array();
    for (std::size_t i = 0; i < c.milestones().size(); ++i) {
        const auto& m = c.milestones()[i];
        const std::string at = child("/milestones", i);
        ojson item = ojson::object();
        item["day"] = iso_day(m.day, child(at, "day"));
        item["title"] = text(m.title, at, "title");
        milestones.push_back(std::move(item));
    }
    out["milestones"] = std::move(milestones);

    ojson regions = ojson::object();
    for (const auto& name : c.regions().regions()) {
        const std::string at = child("/regions", name);
        (void)text(name, at);
        regions[name] = texts(c.regions().states_of(name), at);
    }
    out["regions"] = std::move(regions);

    ojson conferences = ojson::array();
    for (std::size_t i = 0; i < c.conferences().size(); ++i) {
        conferences.push_back(conference_json(c.conferences()[i], child("/conferences", i)));
    }
    out["conferences"] = std::move(conferences);

    ojson groups = ojson::array();
    const auto all_groups = c.groups();
    for (std::size_t i = 0; i < all_groups.size(); ++i) groups.push_back(group_json(all_groups[i], child("/groups", i)));
    out["groups"] = std::move(groups);

    ojson actions = ojson::array();
    for (std::size_t i = 0; i < c.actions().size(); ++i) actions.push_back(action_json(c.actions()[i], child("/actions", i)));
    out["actions"] = std::move(actions);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Finding where a value stands in the text, for messages. The text is known to be valid JSON
// here (nlohmann parsed it), so a light scanner suffices.

auto skip_space(std::string_view text, std::size_t i) -> std::size_t {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
    return i;
}

// `i` at an opening quote: the index just past the closing quote.
auto skip_string(std::string_view text, std::size_t i) -> std::size_t {
    for (++i; i < text.size(); ++i) {
        if (text[i] == '\\') {
            ++i;
        } else if (text[i] == '"') {
            return i + 1;
        }
    }
    return text.size();
}

// `i` at the start of a value: the index just past it. Iterative, so depth costs nothing.
auto skip_value(std::string_view text, std::size_t i) -> std::size_t {
    std::size_t depth = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '"') {
            i = skip_string(text, i);
            if (depth == 0) return i;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0) return i;  // a scalar ended by its container
            if (--depth == 0) return i + 1;
        } else if (depth == 0 && (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
            return i;
        }
        ++i;
    }
    return i;
}

auto unescape_pointer_token(std::string_view token) -> std::string {
    std::string out;
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size()) {
            out += token[i + 1] == '1' ? '/' : '~';
            ++i;
        } else {
            out += token[i];
        }
    }
    return out;
}

// The byte offset of the value at `pointer`, or of the deepest enclosing value that exists (a
// missing field is reported at its object).
auto locate(std::string_view text, std::string_view pointer) -> std::size_t {
    std::size_t at = skip_space(text, 0);
    std::size_t from = 0;
    while (from < pointer.size()) {
        const std::size_t next = std::min(pointer.find('/', from + 1), pointer.size());
        const std::string token = unescape_pointer_token(pointer.substr(from + 1, next - from - 1));
        from = next;
        if (at >= text.size()) return at;
        std::optional<std::size_t> found;
        if (text[at] == '{') {
            std::size_t i = skip_space(text, at + 1);
            while (i < text.size() && text[i] == '"') {
                const std::size_t key_end = skip_string(text, i);
                const auto key = ojson::parse(text.substr(i, key_end - i)).get<std::string>();
                i = skip_space(text, key_end);
                i = skip_space(text, i + 1);  // past ':'
                if (key == token) found = i;  // the last duplicate wins, as in the parsed value
                i = skip_space(text, skip_value(text, i));
                if (i < text.size() && text[i] == ',') i = skip_space(text, i + 1);
            }
        } else if (text[at] == '[') {
            std::size_t wanted = 0;
            try {
                wanted = static_cast<std::size_t>(std::stoull(token));
            } catch (const std::exception&) {
                return at;
            }
            std::size_t i = skip_space(text, at + 1);
            for (std::size_t index = 0; i < text.size() && text[i] != ']'; ++index) {
                if (index == wanted) {
                    found = i;
                    break;
                }
                i = skip_space(text, skip_value(text, i));
                if (i < text.size() && text[i] == ',') i = skip_space(text, i + 1);
            }
        }
        if (!found) return at;
        at = *found;
    }
    return at;
}

// The line (1-based) holding byte `offset`, that line's text and the offset within it.
struct line_position {
    std::size_t line;
    std::string text;
    std::size_t column;  // 0-based byte offset in `text`
};

auto line_of(std::string_view text, std::size_t offset) -> line_position {
    offset = std::min(offset, text.size());
    std::size_t line = 1;
    std::size_t start = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            start = i + 1;
        }
    }
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start && text[end - 1] == '\r') --end;
    return {line, std::string(text.substr(start, end - start)), offset - start};
}

// ---------------------------------------------------------------------------------------------
// Reading

class reader {
public:
    explicit reader(std::string_view text) : text_(text) {}

    // Throws parse_error at the value `pointer` names: "<pointer>: <why>", with its line.
    [[noreturn]] void fail(const std::string& pointer, const std::string& why) const {
        std::size_t offset = 0;
        try {
            offset = locate(text_, pointer);
        } catch (const std::exception&) {
            offset = 0;  // the message matters more than the place
        }
        const auto where = line_of(text_, offset);
        throw parse_error(where.text, where.column, shown(pointer) + ": " + why, where.line);
    }

    // Runs `build`; a validation_error or parse_error from the model is reported at `pointer`.
    template <class Build>
    auto at(const std::string& pointer, Build&& build) const -> decltype(build()) {
        try {
            return build();
        } catch (const validation_error& e) {
            fail(pointer, e.what());
        } catch (const error&) {
            throw;  // ours, already placed
        } catch (const std::exception& e) {
            // The time-zone database reports an unknown zone as a plain runtime_error.
            fail(pointer, e.what());
        }
    }

    void expect_object(const ojson& value, const std::string& pointer) const {
        if (!value.is_object()) fail(pointer, std::string("expected an object, got ") + kind_of(value));
    }

    // The member `key` of `object`, or nullptr when absent (null counts as absent).
    static auto member(const ojson& object, std::string_view key) -> const ojson* {
        const auto it = object.find(key);
        if (it == object.end() || it->is_null()) return nullptr;
        return &*it;
    }

    auto required(const ojson& object, const std::string& pointer, std::string_view key) const -> const ojson& {
        const ojson* value = member(object, key);
        if (value == nullptr) fail(child(pointer, key), "required, missing");
        return *value;
    }

    auto string(const ojson& value, const std::string& pointer) const -> std::string {
        if (!value.is_string()) fail(pointer, std::string("expected a string, got ") + kind_of(value));
        return value.get<std::string>();
    }

    auto required_string(const ojson& object, const std::string& pointer, std::string_view key) const -> std::string {
        return string(required(object, pointer, key), child(pointer, key));
    }

    auto optional_string(const ojson& object, const std::string& pointer, std::string_view key,
                         std::string fallback = {}) const -> std::string {
        const ojson* value = member(object, key);
        return value == nullptr ? fallback : string(*value, child(pointer, key));
    }

    auto string_list(const ojson& object, const std::string& pointer, std::string_view key) const
        -> std::vector<std::string> {
        std::vector<std::string> out;
        const ojson* value = member(object, key);
        if (value == nullptr) return out;
        const std::string at = child(pointer, key);
        if (!value->is_array()) fail(at, std::string("expected an array of strings, got ") + kind_of(*value));
        for (std::size_t i = 0; i < value->size(); ++i) out.push_back(string((*value)[i], child(at, i)));
        return out;
    }

    // The array `key` of `object` (empty when absent).
    auto array(const ojson& object, const std::string& pointer, std::string_view key) const -> const ojson& {
        static const ojson empty = ojson::array();
        const ojson* value = member(object, key);
        if (value == nullptr) return empty;
        if (!value->is_array()) fail(child(pointer, key), std::string("expected an array, got ") + kind_of(*value));
        return *value;
    }

    auto integer(const ojson& value, const std::string& pointer, long long lowest, long long highest) const
        -> long long {
        const std::string expected = "expected a whole number from " + std::to_string(lowest) + " to " + std::to_string(highest);
        if (value.is_number_unsigned()) {
            const auto n = value.get<std::uint64_t>();
            if (n > static_cast<std::uint64_t>(highest)) fail(pointer, expected + ", got " + value.dump());
            return static_cast<long long>(n);
        }
        if (value.is_number_float() && std::trunc(value.get<double>()) == value.get<double>()) {
            // A whole number beyond 64 bits ("99999999999999999999") is read as a double.
            const double n = value.get<double>();
            if (n < static_cast<double>(lowest) || n > static_cast<double>(highest)) {
                fail(pointer, expected + ", got " + value.dump() + ": out of range");
            }
        }
        if (!value.is_number_integer()) fail(pointer, expected + ", got " + kind_of(value));
        const auto n = value.get<std::int64_t>();
        if (n < lowest || n > highest) fail(pointer, expected + ", got " + value.dump());
        return n;
    }

    auto day(const ojson& value, const std::string& pointer) const -> date::sys_days {
        if (!value.is_string()) {
            fail(pointer, std::string("expected an ISO date as in \"2015-11-13\", got ") + kind_of(value));
        }
        const auto& s = value.get_ref<const std::string&>();
        const auto digits = [&](std::size_t from, std::size_t count) {
            int n = 0;
            for (std::size_t i = from; i < from + count; ++i) n = n * 10 + (s[i] - '0');
            return n;
        };
        const bool shape = s.size() == 10 && s[4] == '-' && s[7] == '-' && [&] {
            for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
                if (!detail::is_digit(s[i])) return false;
            }
            return true;
        }();
        if (!shape) fail(pointer, detail::quoted(s) + ": expected an ISO date YYYY-MM-DD, as in \"2015-11-13\"");
        const int year = digits(0, 4);
        if (year < detail::first_year) fail(pointer, detail::quoted(s) + ": year must be between 1000 and 9999");
        const int month = digits(5, 2);
        const int day_of_month = digits(8, 2);
        if (month < 1 || month > 12) fail(pointer, detail::quoted(s) + ": there is no month " + s.substr(5, 2));
        if (day_of_month < 1) fail(pointer, detail::quoted(s) + ": there is no day 00");
        const date::year_month_day_last last{date::year{year}, date::month_day_last{date::month{static_cast<unsigned>(month)}}};
        const auto most = static_cast<int>(static_cast<unsigned>(last.day()));
        if (day_of_month > most) {
            const std::string name(detail::month_names[static_cast<std::size_t>(month - 1)]);
            fail(pointer, detail::quoted(s) + ": " + (month == 2 ? name + " " + s.substr(0, 4) : name) + " has " +
                              std::to_string(most) + " days");
        }
        return date::sys_days{date::year{year} / month / day_of_month};
    }

    auto range(const ojson& value, const std::string& pointer) const -> date_range {
        expect_object(value, pointer);
        const auto first = day(required(value, pointer, "first"), child(pointer, "first"));
        const auto last = day(required(value, pointer, "last"), child(pointer, "last"));
        if (last < first) {
            fail(child(pointer, "last"), detail::quoted(date::format("%F", last)) + " is before the first day " +
                                             detail::quoted(date::format("%F", first)));
        }
        return date_range{first, last};
    }

    auto optional_range(const ojson& object, const std::string& pointer, std::string_view key) const
        -> std::optional<date_range> {
        const ojson* value = member(object, key);
        if (value == nullptr) return std::nullopt;
        return range(*value, child(pointer, key));
    }

    // One of `names` (the enum's spellings); fails listing them.
    template <class Enum, std::size_t N>
    auto choice(const ojson& value, const std::string& pointer, const std::array<Enum, N>& values,
                std::string_view (*name_of)(Enum), std::string_view what) const -> Enum {
        const std::string s = string(value, pointer);
        std::string expected;
        for (Enum v : values) {
            if (name_of(v) == s) return v;
            expected += (expected.empty() ? "" : ", ") + std::string(name_of(v));
        }
        fail(pointer, detail::quoted(s) + " is not " + std::string(what) + ": expected one of " + expected);
    }

    auto place(const ojson& value, const std::string& pointer) const -> location {
        expect_object(value, pointer);
        location out;
        out.venue = optional_string(value, pointer, "venue");
        out.address_lines = string_list(value, pointer, "address_lines");
        out.locality = optional_string(value, pointer, "locality");
        out.region = optional_string(value, pointer, "region");
        out.postal_code = optional_string(value, pointer, "postal_code");
        out.country = optional_string(value, pointer, "country", out.country);
        out.time_zone = optional_string(value, pointer, "time_zone");
        return out;
    }

    auto optional_place(const ojson& object, const std::string& pointer) const -> location {
        const ojson* value = member(object, "place");
        return value == nullptr ? location{} : place(*value, child(pointer, "place"));
    }

    auto weekday(const ojson& object, const std::string& pointer) const -> date::weekday {
        const std::string at = child(pointer, "weekday");
        const std::string s = string(required(object, pointer, "weekday"), at);
        for (unsigned i = 0; i < weekday_names.size(); ++i) {
            if (s == weekday_names[i]) return date::weekday{i};
        }
        fail(at, detail::quoted(s) + " is not a weekday: expected sunday, monday, ... or saturday in lower case");
    }

    // The 24-hour time "HH:MM" at `key` of `object`.
    auto clock(const ojson& object, const std::string& pointer, std::string_view key) const -> std::chrono::minutes {
        const std::string at = child(pointer, key);
        const std::string s = string(required(object, pointer, key), at);
        const bool shape = s.size() == 5 && s[2] == ':' && detail::is_digit(s[0]) && detail::is_digit(s[1]) &&
                           detail::is_digit(s[3]) && detail::is_digit(s[4]);
        if (!shape) fail(at, detail::quoted(s) + ": expected a 24-hour time HH:MM, as in \"19:00\"");
        const int hours = (s[0] - '0') * 10 + (s[1] - '0');
        const int minutes = (s[3] - '0') * 10 + (s[4] - '0');
        if (hours > 23 || minutes > 59) fail(at, detail::quoted(s) + ": expected a time from 00:00 to 23:59");
        return std::chrono::minutes{hours * 60 + minutes};
    }

    auto optional_clock(const ojson& object, const std::string& pointer, std::string_view key) const
        -> std::optional<std::chrono::minutes> {
        if (member(object, key) == nullptr) return std::nullopt;
        return clock(object, pointer, key);
    }

    auto schedule(const ojson& value, const std::string& pointer) const -> meeting_schedule {
        expect_object(value, pointer);
        static constexpr std::array kinds{recurrence::weekly, recurrence::monthly_by_weekday, recurrence::monthly_by_day};
        const auto kind = choice(required(value, pointer, "kind"), child(pointer, "kind"), kinds, &to_string,
                                 "a recurrence");
        const auto start = clock(value, pointer, "start");
        const std::chrono::minutes duration{integer(required(value, pointer, "duration_minutes"),
                                                    child(pointer, "duration_minutes"), 0, 7 * 24 * 60)};
        std::string zone = required_string(value, pointer, "time_zone");
        const auto made = at(pointer, [&] {
            switch (kind) {
            case recurrence::weekly: {
                const ojson* interval = member(value, "interval");
                const auto every = interval == nullptr
                                       ? 1
                                       : integer(*interval, child(pointer, "interval"), 1, std::numeric_limits<int>::max());
                return meeting_schedule::weekly(weekday(value, pointer), start, duration, zone, static_cast<unsigned>(every));
            }
            case recurrence::monthly_by_weekday: {
                const auto nth = integer(required(value, pointer, "nth"), child(pointer, "nth"), -1, 5);
                if (nth == 0) fail(child(pointer, "nth"), "expected 1 to 5, or -1 for the last, got 0");
                return meeting_schedule::monthly_on_weekday(static_cast<int>(nth), weekday(value, pointer), start, duration,
                                                            zone);
            }
            case recurrence::monthly_by_day: {
                const auto day_of_month = integer(required(value, pointer, "day_of_month"), child(pointer, "day_of_month"), 1, 31);
                return meeting_schedule::monthly_on_day(static_cast<unsigned>(day_of_month), start, duration, zone);
            }
            }
            fail(child(pointer, "kind"), "unknown recurrence");
        });
        auto out = made;
        if (auto effective = optional_range(value, pointer, "effective")) {
            out = at(child(pointer, "effective"), [&] { return out.with_effective(*effective); });
        }
        const auto& skipped = array(value, pointer, "skipped");
        if (!skipped.empty()) {
            std::vector<date::sys_days> days;
            for (std::size_t i = 0; i < skipped.size(); ++i) days.push_back(day(skipped[i], child(child(pointer, "skipped"), i)));
            out = at(child(pointer, "skipped"), [&] { return out.with_skipped(std::move(days)); });
        }
        return out;
    }

    auto person(const ojson& value, const std::string& pointer) const -> contact {
        expect_object(value, pointer);
        contact out;
        out.name = required_string(value, pointer, "name");
        out.role = optional_string(value, pointer, "role");
        out.email = optional_string(value, pointer, "email");
        out.phone = optional_string(value, pointer, "phone");
        return out;
    }

    auto event(const ojson& value, const std::string& pointer) const -> conference {
        expect_object(value, pointer);
        conference out;
        out.id = required_string(value, pointer, "id");
        out.name = required_string(value, pointer, "name");
        out.dates = range(required(value, pointer, "dates"), child(pointer, "dates"));
        out.start_time = optional_clock(value, pointer, "start_time");
        out.end_time = optional_clock(value, pointer, "end_time");
        out.place = optional_place(value, pointer);
        out.region = optional_string(value, pointer, "region");
        out.registration_url = optional_string(value, pointer, "registration_url");
        out.description = optional_string(value, pointer, "description");
        return out;
    }

    auto local_group(const ojson& value, const std::string& pointer) const -> group {
        expect_object(value, pointer);
        static constexpr std::array kinds{group_kind::local, group_kind::student, group_kind::regional_office,
                                          group_kind::national_office, group_kind::other};
        group out;
        out.id = required_string(value, pointer, "id");
        out.name = required_string(value, pointer, "name");
        if (const ojson* kind = member(value, "kind")) {
            out.kind = choice(*kind, child(pointer, "kind"), kinds, &to_string, "a group kind");
        }
        out.place = optional_place(value, pointer);
        out.region = optional_string(value, pointer, "region");
        out.website = optional_string(value, pointer, "website");
        const auto& contacts = array(value, pointer, "contacts");
        for (std::size_t i = 0; i < contacts.size(); ++i) {
            out.contacts.push_back(person(contacts[i], child(child(pointer, "contacts"), i)));
        }
        if (const ojson* meetings = member(value, "meetings")) out.meetings = schedule(*meetings, child(pointer, "meetings"));
        return out;
    }

    auto step(const ojson& value, const std::string& pointer) const -> action {
        expect_object(value, pointer);
        static constexpr std::array kinds{action_kind::letter,    action_kind::attend_meeting, action_kind::attend_conference,
                                          action_kind::petition,  action_kind::call,           action_kind::email,
                                          action_kind::other};
        static constexpr std::array targets{target_kind::group, target_kind::official, target_kind::organization};
        action out;
        out.id = required_string(value, pointer, "id");
        out.title = required_string(value, pointer, "title");
        if (const ojson* kind = member(value, "kind")) {
            out.kind = choice(*kind, child(pointer, "kind"), kinds, &to_string, "an action kind");
        }
        out.description = optional_string(value, pointer, "description");
        if (const ojson* target = member(value, "target")) {
            const std::string at_target = child(pointer, "target");
            expect_object(*target, at_target);
            if (const ojson* kind = member(*target, "kind")) {
                out.target.kind = choice(*kind, child(at_target, "kind"), targets, &to_string, "a target kind");
            }
            out.target.id = optional_string(*target, at_target, "id");
            out.target.name = optional_string(*target, at_target, "name");
        }
        out.window = optional_range(value, pointer, "window");
        out.related_conferences = string_list(value, pointer, "related_conferences");
        out.talking_points = string_list(value, pointer, "talking_points");
        return out;
    }

    auto whole(const ojson& document) const -> campaign {
        expect_object(document, "");
        const ojson& version = required(document, "", "schema_version");
        const auto number = integer(version, "/schema_version", 1, std::numeric_limits<int>::max());
        if (number > json_schema_version) {
            const auto where = line_of(text_, locate(text_, "/schema_version"));
            throw parse_error(where.text, where.column,
                              "schema_version " + std::to_string(number) + " is newer than this library reads (" +
                                  std::to_string(json_schema_version) + ")",
                              where.line);
        }

        const std::string id = required_string(document, "", "id");
        const std::string title = required_string(document, "", "title");
        campaign out = [&] {
            try {
                return campaign(id, title);
            } catch (const validation_error& e) {
                fail(e.field().find("title") != std::string::npos ? "/title" : "/id", e.reason());
            }
        }();
        out.set_summary(optional_string(document, "", "summary"));
        out.set_organization(optional_string(document, "", "organization"));

        if (const ojson* regions = member(document, "regions")) {
            expect_object(*regions, "/regions");
            region_map map;
            for (const auto& [name, states] : regions->items()) {
                const std::string at_region = child("/regions", name);
                if (!states.is_array()) fail(at_region, std::string("expected an array of state codes, got ") + kind_of(states));
                std::vector<std::string> codes;
                for (std::size_t i = 0; i < states.size(); ++i) codes.push_back(string(states[i], child(at_region, i)));
                // Clang before 16 cannot capture a structured binding, so it is captured by name.
                at(at_region, [&, &region = name] { map.add(region, std::move(codes)); });
            }
            at("/regions", [&] { out.set_regions(std::move(map)); });
        }

        // Conferences before actions: an action names the conferences it relates to.
        const auto& conferences = array(document, "", "conferences");
        for (std::size_t i = 0; i < conferences.size(); ++i) {
            const std::string at_item = child("/conferences", i);
            auto item = event(conferences[i], at_item);
            at(at_item, [&] { out.add_conference(std::move(item)); });
        }
        const auto& groups = array(document, "", "groups");
        for (std::size_t i = 0; i < groups.size(); ++i) {
            const std::string at_item = child("/groups", i);
            auto item = local_group(groups[i], at_item);
            at(at_item, [&] { out.add_group(std::move(item)); });
        }
        const auto& actions = array(document, "", "actions");
        for (std::size_t i = 0; i < actions.size(); ++i) {
            const std::string at_item = child("/actions", i);
            auto item = step(actions[i], at_item);
            at(at_item, [&] { out.add_action(std::move(item)); });
        }
        const auto& milestones = array(document, "", "milestones");
        for (std::size_t i = 0; i < milestones.size(); ++i) {
            const std::string at_item = child("/milestones", i);
            expect_object(milestones[i], at_item);
            milestone item{day(required(milestones[i], at_item, "day"), child(at_item, "day")),
                           required_string(milestones[i], at_item, "title")};
            at(at_item, [&] { out.add_milestone(std::move(item)); });
        }
        return out;
    }

private:
    static auto kind_of(const ojson& value) -> const char* {
        if (value.is_number_float()) return "a fractional number";
        switch (value.type()) {
        case ojson::value_t::null: return "null";
        case ojson::value_t::object: return "an object";
        case ojson::value_t::array: return "an array";
        case ojson::value_t::string: return "a string";
        case ojson::value_t::boolean: return "a boolean";
        default: return "a number";
        }
    }

    std::string_view text_;
};

// nlohmann's message is "[json.exception.parse_error.101] parse error at line 3, column 5:
// syntax error while parsing ..."; keep what follows the location.
auto syntax_reason(const nlohmann::json::parse_error& e) -> std::string {
    std::string message = e.what();
    const auto at = message.find("parse error");
    const auto colon = message.find(": ", at == std::string::npos ? 0 : at);
    if (colon != std::string::npos) message = message.substr(colon + 2);
    return "invalid JSON: " + message;
}

// Where the number literal `lexeme` first stands outside a string. nlohmann reports a number too
// large for a double ("1e999") as out_of_range 406 with the literal but without its position; the
// parser stops at the first such literal, so its first occurrence as a token is the one.
auto number_offset(std::string_view text, std::string_view lexeme) -> std::size_t {
    auto in_number = [](char c) {
        return detail::is_digit(c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    };
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (!lexeme.empty() && text.substr(i, lexeme.size()) == lexeme &&
                   (i == 0 || !in_number(text[i - 1]))) {
            return i;
        }
    }
    return 0;
}

// A key written twice in one object: nlohmann keeps the last, so the first would be lost unseen.
struct duplicate_key {
    std::string pointer;  // of the member
    std::string key;
};

// Follows the parse to know the JSON pointer of each object, and throws duplicate_key at the
// second occurrence of a key in one object.
class key_watch {
public:
    auto operator()(int /*depth*/, nlohmann::json::parse_event_t event, ojson& parsed) -> bool {
        using event_t = nlohmann::json::parse_event_t;
        switch (event) {
        case event_t::object_start:
        case event_t::array_start:
            frames_.push_back({event == event_t::object_start, token_in_parent(), {}, {}, 0});
            break;
        case event_t::key: {
            frame& top = frames_.back();
            top.key = parsed.get<std::string>();
            if (!top.keys.insert(top.key).second) throw duplicate_key{child(pointer(), top.key), top.key};
            break;
        }
        case event_t::object_end:
        case event_t::array_end:
            frames_.pop_back();
            value_done();
            break;
        case event_t::value: value_done(); break;
        }
        return true;
    }

private:
    struct frame {
        bool object;
        std::string token;  // its place in its parent
        std::unordered_set<std::string> keys;
        std::string key;    // the member being read
        std::size_t index;  // the element being read
    };

    auto token_in_parent() const -> std::string {
        if (frames_.empty()) return {};
        const frame& parent = frames_.back();
        return parent.object ? parent.key : std::to_string(parent.index);
    }

    void value_done() {
        if (!frames_.empty() && !frames_.back().object) ++frames_.back().index;
    }

    auto pointer() const -> std::string {
        std::string out;
        for (std::size_t i = 1; i < frames_.size(); ++i) out = child(out, frames_[i].token);
        return out;
    }

    std::vector<frame> frames_;
};

}  // namespace

auto to_json(const campaign& c) -> std::string {
    return campaign_json(c).dump(2) + "\n";
}

auto campaign_from_json(std::string_view text) -> campaign {
    // A leading byte order mark is skipped: lines and offsets count from after it.
    text = detail::without_bom(text);
    ojson document;
    try {
        document = ojson::parse(text.begin(), text.end(), key_watch{});
    } catch (const duplicate_key& e) {
        reader(text).fail(e.pointer, "duplicate key " + detail::quoted(e.key) + ": a key may appear once in an object");
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte counts the bytes read, the failing one included.
        const std::size_t offset = e.byte == 0 ? 0 : e.byte - 1;
        const auto where = line_of(text, offset);
        throw parse_error(where.text, where.column, syntax_reason(e), where.line);
    } catch (const nlohmann::json::out_of_range& e) {
        // A number beyond a double: the message is "... number overflow parsing '1e999'".
        const std::string message = e.what();
        const auto open = message.find('\'');
        const auto close = message.rfind('\'');
        const std::string lexeme =
            open != std::string::npos && close > open ? message.substr(open + 1, close - open - 1) : "";
        const auto where = line_of(text, number_offset(text, lexeme));
        throw parse_error(where.text, where.column,
                          "invalid JSON: number " + lexeme + " is out of range (largest: about 1.8e308)", where.line);
    }
    return reader(text).whole(document);
}

auto load(const std::filesystem::path& path, std::uintmax_t max_size) -> campaign {
    return campaign_from_json(detail::read_file(path, max_size));
}

void save(const campaign& c, const std::filesystem::path& path) {
    // Serialize first: a campaign that cannot be written must not touch the disk at all.
    detail::write_file_atomically(path, to_json(c));
}

}  // namespace advocacy
