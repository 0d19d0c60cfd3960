// SPDX-License-Identifier: MIT
#include "advocacy/json.hpp"

#include "advocacy/detail/action_kinds.hpp"
#include "advocacy/detail/calendar_words.hpp"
#include "advocacy/detail/checks.hpp"
#include "advocacy/detail/fields.hpp"
#include "advocacy/detail/json_sink.hpp"
#include "advocacy/detail/schedule_members.hpp"
#include "advocacy/error.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <ranges>
#include <span>
#include <type_traits>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace advocacy {

void detail::append_json_string(std::string& out, std::string_view text) {
    static constexpr std::string_view hex = "0123456789abcdef";
    out += '"';
    std::size_t plain = 0;  // start of the run not yet copied
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(text.data() + plain, i - plain);
        plain = i + 1;
        out += '\\';
        switch (c) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '\b': out += 'b'; break;
        case '\f': out += 'f'; break;
        case '\n': out += 'n'; break;
        case '\r': out += 'r'; break;
        case '\t': out += 't'; break;
        default:
            out.append("u00");
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    out.append(text.data() + plain, text.size() - plain);
    out += '"';
}
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

// Whether `text` is well-formed UTF-8: JSON holds nothing else, and the writer says which field
// is at fault.
auto is_utf8(std::string_view text) noexcept -> bool { return detail::first_invalid_utf8(text) == std::string_view::npos; }

// ---------------------------------------------------------------------------------------------
// Writing
//
// The document is written straight into one string, in the shape nlohmann's dump(2) gives a tree
// of it (the shape of every file written so far): 2-space indent, "key": value, empty arrays and
// objects as [] and {}, strings escaped as RFC 8259 requires and no more (non-ASCII as UTF-8).

// Writes JSON values into `out`, or hands them to a detail::json_sink, tracking where it stands so
// that a value it refuses (text that is not UTF-8, a year outside 1000-9999) is reported with its
// JSON pointer, built only then. The two outputs share that tracking and every check.
class json_writer {
public:
    explicit json_writer(std::string& out) : out_(&out) {}
    explicit json_writer(detail::json_sink& sink) : sink_(&sink) {}

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    // Starts the member `key` of the object being written; `key` must outlive the member.
    void key(std::string_view key) {
        next_item();
        frames_.back().key = key;
        if (sink_ != nullptr) return sink_->key(key);
        escaped(key);
        out_->append(": ");
    }

    // Starts the next element of the array being written.
    void element() {
        next_item();
        ++frames_.back().index;
    }

    void string(std::string_view value) {
        if (!is_utf8(value)) fail_text();
        if (sink_ != nullptr) return sink_->string(value);
        escaped(value);
    }
    void integer(long long value) {
        if (sink_ != nullptr) return sink_->integer(value);
        std::array<char, 24> digits{};
        const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), value).ptr;
        out_->append(digits.data(), static_cast<std::size_t>(end - digits.data()));
    }
    void null() {
        if (sink_ != nullptr) return sink_->null();
        out_->append("null");
    }
    void boolean(bool value) {
        if (sink_ != nullptr) return sink_->boolean(value);
        out_->append(value ? "true" : "false");
    }
    void reserve_more(std::size_t bytes) {
        if (out_ != nullptr) out_->reserve(out_->size() + bytes);
    }
    // "19:00"
    void clock(std::chrono::minutes since_midnight) {
        if (sink_ != nullptr) return sink_->clock(since_midnight);
        escaped(detail::clock_text(since_midnight));
    }
    // "2025-03-11T19:00", a date and time in a schedule's zone.
    void local_minute(date::local_seconds value) {
        if (sink_ != nullptr) return sink_->local_minute(value);
        escaped(date::format("%FT%R", value));
    }

    void day(date::sys_days value) {
        const date::year_month_day ymd{value};
        const int year = static_cast<int>(ymd.year());
        if (year < detail::first_year || year > detail::last_year) {
            throw validation_error(shown(pointer()), "year " + std::to_string(year) + " is outside 1000-9999, the years of a date");
        }
        if (sink_ != nullptr) return sink_->day(value);
        const auto month = static_cast<unsigned>(ymd.month());
        const auto day_of_month = static_cast<unsigned>(ymd.day());
        std::array<char, 12> text{'"', static_cast<char>('0' + year / 1000), static_cast<char>('0' + year / 100 % 10),
                                  static_cast<char>('0' + year / 10 % 10), static_cast<char>('0' + year % 10), '-',
                                  static_cast<char>('0' + month / 10), static_cast<char>('0' + month % 10), '-',
                                  static_cast<char>('0' + day_of_month / 10), static_cast<char>('0' + day_of_month % 10),
                                  '"'};
        out_->append(text.data(), text.size());
    }

    // The members of the object being written, in one call each.
    void string_member(std::string_view name, std::string_view value) {
        key(name);
        string(value);
    }
    void integer_member(std::string_view name, long long value) {
        key(name);
        integer(value);
    }
    void day_member(std::string_view name, date::sys_days value) {
        key(name);
        day(value);
    }
    template <class Strings>
    void strings_member(std::string_view name, const Strings& values) {
        key(name);
        begin_array();
        for (const auto& value : values) {
            element();
            if constexpr (std::is_same_v<std::ranges::range_value_t<Strings>, state_code>) {
                string(value.str());
            } else {
                string(value);
            }
        }
        end_array();
    }

    // Throws validation_error naming the member `name` (about to be written) as not UTF-8.
    [[noreturn]] void fail_text(std::string_view name) {
        frames_.back().key = name;
        ++frames_.back().pending;
        fail_text();
    }

private:
    struct frame {
        bool object;
        bool empty = true;
        std::size_t index = 0;      // of the element being written, plus one
        std::string_view key = {};  // of the member being written
        int pending = 0;            // 1 while a key is named but not yet written
    };

    void open(char bracket) {
        if (sink_ == nullptr) {
            *out_ += bracket;
        } else if (bracket == '{') {
            sink_->begin_object();
        } else {
            sink_->begin_array();
        }
        frames_.push_back({bracket == '{'});
    }

    void close(char bracket) {
        const bool empty = frames_.back().empty;
        frames_.pop_back();
        if (sink_ != nullptr) return bracket == '}' ? sink_->end_object() : sink_->end_array();
        if (!empty) {
            *out_ += '\n';
            indent(frames_.size());
        }
        *out_ += bracket;
    }

    void next_item() {
        frame& top = frames_.back();
        if (out_ != nullptr) {
            out_->append(top.empty ? "\n" : ",\n");
            indent(frames_.size());
        }
        top.empty = false;
    }

    void indent(std::size_t depth) { out_->append(2 * depth, ' '); }

    // `text`, known to be UTF-8, in quotes: " \ and the controls U+0000-U+001F escaped.
    void escaped(std::string_view text) { detail::append_json_string(*out_, text); }

    [[noreturn]] void fail_text() const {
        throw validation_error(shown(pointer()), "is not valid UTF-8; JSON holds UTF-8 text only");
    }

    // The JSON pointer of the value being written.
    auto pointer() const -> std::string {
        std::string out;
        for (const frame& f : frames_) {
            if (f.object) {
                if (f.empty && f.pending == 0) break;
                out = child(out, f.key);
            } else {
                if (f.index == 0) break;
                out = child(out, f.index - 1);
            }
        }
        return out;
    }

    std::string* out_ = nullptr;          // the text written, or
    detail::json_sink* sink_ = nullptr;  // what takes the values instead
    std::vector<frame> frames_;
};

// A member's value by its C++ type (below).
template <class T>
void write_value(json_writer& out, const T& value);

// Whether a schedule is written as its RRULE (schema version 3): a rule beyond one weekday or
// one day of the month, a COUNT, or all-day meetings.
auto general_schedule(const meeting_schedule& s) -> bool {
    return !s.plain() || s.count() || s.all_day();
}

// Whether a schedule needs schema version 3: written as its RRULE, with additions or overrides,
// or in effect from a first day with no end.
auto needs_version_3(const meeting_schedule& s) -> bool {
    return general_schedule(s) || !s.added().empty() || !s.overrides().empty() || (s.first_day() && !s.effective());
}

// Schema version 3: "added" and "overrides", written only when a schedule has them.
void write_exceptions(json_writer& out, const meeting_schedule& schedule) {
    if (!schedule.added().empty()) {
        out.key("added");
        out.begin_array();
        for (const auto& a : schedule.added()) {
            out.element();
            out.begin_object();
            out.key("start");
            out.local_minute(a.start);
            out.integer_member("duration_minutes", a.duration.count());
            out.end_object();
        }
        out.end_array();
    }
    if (!schedule.overrides().empty()) {
        out.key("overrides");
        out.begin_array();
        for (const auto& o : schedule.overrides()) {
            out.element();
            out.begin_object();
            out.key("original");
            out.local_minute(o.original);
            if (o.cancelled) {
                out.key("cancelled");
                out.boolean(true);
            } else {
                out.key("start");
                out.local_minute(o.start);
                out.integer_member("duration_minutes", o.duration.count());
                if (!o.place.empty()) out.string_member("place", o.place);
            }
            out.end_object();
        }
        out.end_array();
    }
}

void write_schedule(json_writer& out, const meeting_schedule& schedule) {
    out.begin_object();
    if (general_schedule(schedule)) {
        // Version 3: the rule is its RRULE, read back by meeting_schedule::from_rrule.
        out.string_member("kind", "rrule");
        if (schedule.all_day()) {
            out.key("all_day");
            out.boolean(true);
        }
    } else {
        out.string_member("kind", to_string(schedule.kind()));
    }
    if (!general_schedule(schedule)) switch (schedule.kind()) {
    case recurrence::weekly:
        out.integer_member("interval", schedule.interval());
        out.string_member("weekday", weekday_names[schedule.weekday().c_encoding()]);
        break;
    case recurrence::monthly_by_weekday:
        out.integer_member("nth", schedule.nth());
        out.string_member("weekday", weekday_names[schedule.weekday().c_encoding()]);
        break;
    case recurrence::monthly_by_day: out.integer_member("day_of_month", schedule.day_of_month()); break;
    case recurrence::daily:
    case recurrence::yearly: break;  // general: written as "rrule"
    }
    out.key("start");
    out.clock(schedule.start_time().since_midnight());
    out.integer_member("duration_minutes", schedule.duration().count());
    out.string_member("time_zone", schedule.time_zone());
    if (schedule.effective()) {
        out.key("effective");
        write_value(out, *schedule.effective());
    } else if (schedule.first_day()) {
        // Schema version 3: in effect from its first day, with no end.
        out.key("effective");
        out.begin_object();
        out.day_member("first", *schedule.first_day());
        out.key("last");
        out.null();
        out.end_object();
    } else {
        out.key("effective");
        out.null();
    }
    out.key("skipped");
    out.begin_array();
    for (const auto day : schedule.skipped()) {
        out.element();
        out.day(day);
    }
    out.end_array();
    write_exceptions(out, schedule);
    // For people reading the file; ignored on read, where the fields above are the truth.
    out.string_member("rule", schedule.describe());
    out.string_member("rrule", schedule.rrule());
    out.end_object();
}

// A member's value by its C++ type; a described type (detail/fields.hpp) as an object of its fields.
template <class T>
void write_value(json_writer& out, const T& value) {
    if constexpr (detail::is_text<T>) {
        out.string(value);
    } else if constexpr (std::is_same_v<T, state_code>) {
        out.string(value.str());
    } else if constexpr (std::is_same_v<T, date::sys_days>) {
        out.day(value);
    } else if constexpr (std::is_same_v<T, std::chrono::minutes>) {
        out.string(detail::clock_text(value));
    } else if constexpr (std::is_same_v<T, date_range>) {
        out.begin_object();
        out.day_member("first", value.first());
        out.day_member("last", value.last());
        out.end_object();
    } else if constexpr (std::is_same_v<T, meeting_schedule>) {
        write_schedule(out, value);
    } else if constexpr (std::is_enum_v<T>) {
        out.string(to_string(value));
    } else if constexpr (detail::is_optional<T>) {
        if (value) {
            write_value(out, *value);
        } else {
            out.null();
        }
    } else if constexpr (detail::is_vector<T>) {
        out.begin_array();
        for (const auto& item : value) {
            out.element();
            write_value(out, item);
        }
        out.end_array();
    } else {
        static_assert(detail::described<T>, "a member type the JSON writer does not know");
        out.begin_object();
        detail::for_each_field<T>([&](const auto& f) {
            const auto& member = value.*(f.member);
            if (f.use == detail::presence::if_set && detail::is_default(member)) return;  // a later schema version's key
            out.key(f.name);
            write_value(out, member);
        });
        out.end_object();
    }
}

// Each item of `items` as an element of the array `name`.
template <class Items>
void write_list(json_writer& out, std::string_view name, const Items& items) {
    out.key(name);
    out.begin_array();
    for (const auto& item : items) {
        out.element();
        write_value(out, item);
    }
    out.end_array();
}

void write_regions(json_writer& out, const region_map& regions) {
    out.key("regions");
    out.begin_object();
    for (const auto& name : regions.regions()) {
        if (!is_utf8(name)) out.fail_text(name);
        out.strings_member(name, regions.states_of(name));
    }
    out.end_object();
}

void write_campaign(json_writer& out, const campaign& c) {
    out.begin_object();
    // The oldest version that holds everything: readers of version 1 know no conference times
    // and would drop them, so only a campaign with a timed conference is written as version 2.
    const bool timed = std::any_of(c.conferences().begin(), c.conferences().end(),
                                   [](const conference& event) { return event.timed(); });
    // Version 3 adds general rules (written as their RRULE) and a schedule's additions and overrides.
    const auto all_groups = c.groups();
    const bool general = std::any_of(all_groups.begin(), all_groups.end(), [](const group& g) {
        return g.meetings && needs_version_3(*g.meetings);
    });
    // Version 4 adds conference sessions.
    const bool sessions = std::any_of(c.conferences().begin(), c.conferences().end(),
                                      [](const conference& event) { return !event.sessions.empty(); });
    // Version 5 adds a place's online part.
    const bool online =
        std::any_of(c.conferences().begin(), c.conferences().end(),
                    [](const conference& event) { return !event.place.online.empty(); }) ||
        std::any_of(all_groups.begin(), all_groups.end(), [](const group& g) { return !g.place.online.empty(); });
    out.integer_member("schema_version", online ? 5 : sessions ? 4 : general ? 3 : timed ? 2 : 1);
    out.string_member("id", c.id());
    out.string_member("title", c.title());
    out.string_member("summary", c.summary());
    out.string_member("organization", c.organization());
    write_list(out, "milestones", c.milestones());
    write_regions(out, c.regions());
    write_list(out, "conferences", c.conferences());
    out.reserve_more(1024 * all_groups.size());  // about what a group with a contact and a schedule takes
    write_list(out, "groups", all_groups);
    write_list(out, "actions", c.actions());
    out.end_object();
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

// The line of the value at `pointer` (see locate); the start of the text when it cannot be found:
// the message matters more than the place.
auto line_of_pointer(std::string_view text, std::string_view pointer) -> line_position {
    std::size_t offset = 0;
    try {
        offset = locate(text, pointer);
    } catch (const std::exception&) {
        offset = 0;
    }
    return line_of(text, offset);
}

// ---------------------------------------------------------------------------------------------
// Reading values: what both readers below share.

// The spellings the schema accepts for each enumeration, in the order messages list them.
constexpr std::array recurrence_kinds{recurrence::weekly, recurrence::monthly_by_weekday, recurrence::monthly_by_day};

// The keys of a schedule that only some kinds read (fast_reader::schedule's keys 1 to 4, in this
// order). One a kind does not read is refused when it holds a value: a monthly schedule given
// "interval": 3 would otherwise meet every month without a word.
constexpr std::array<std::string_view, 4> kind_keys{"interval", "weekday", "nth", "day_of_month"};

// Whether a schedule of `kind` reads `key`, one of kind_keys (nullopt: kind "rrule", whose rrule
// says the whole rule and which reads none); `every_month` says the interval is 1, which a monthly
// kind may say.
constexpr auto kind_reads(std::optional<recurrence> kind, std::string_view key, bool every_month) -> bool {
    if (!kind) return false;
    switch (*kind) {
    case recurrence::weekly: return key == "interval" || key == "weekday";
    case recurrence::monthly_by_weekday: return key == "weekday" || key == "nth" || (key == "interval" && every_month);
    case recurrence::monthly_by_day: return key == "day_of_month" || (key == "interval" && every_month);
    case recurrence::daily:
    case recurrence::yearly: break;
    }
    return false;
}
constexpr std::array group_kinds{group_kind::local, group_kind::student, group_kind::regional_office,
                                 group_kind::national_office, group_kind::other};
// Action kinds are detail::action_kinds(), the model's name table: a kind added there is read here too.
constexpr std::array target_kinds{target_kind::group, target_kind::official, target_kind::organization};

// The spellings of each enumeration a field list holds, and what a message calls one of them.
auto kind_choices(std::type_identity<group_kind>) -> std::span<const group_kind> { return group_kinds; }
auto kind_choices(std::type_identity<target_kind>) -> std::span<const target_kind> { return target_kinds; }
auto kind_choices(std::type_identity<action_kind>) -> std::span<const action_kind> { return detail::action_kinds(); }
auto kind_what(std::type_identity<group_kind>) -> std::string_view { return "a group kind"; }
auto kind_what(std::type_identity<target_kind>) -> std::string_view { return "a target kind"; }
auto kind_what(std::type_identity<action_kind>) -> std::string_view { return "an action kind"; }

// The value of `values` that to_string() spells `text`.
template <class Values>
auto find_choice(std::string_view text, const Values& values) -> std::optional<std::ranges::range_value_t<Values>> {
    for (auto v : values) {
        if (to_string(v) == text) return v;
    }
    return std::nullopt;
}

// The weekday the schema spells `text` ("monday").
auto weekday_named(std::string_view text) -> std::optional<date::weekday> {
    for (unsigned i = 0; i < weekday_names.size(); ++i) {
        if (text == weekday_names[i]) return date::weekday{i};
    }
    return std::nullopt;
}

}  // namespace

auto detail::schedule_from_members(schedule_members members) -> std::optional<meeting_schedule> {
    if (!members.kind || !members.start || !members.duration_minutes || !members.time_zone) return std::nullopt;
    const auto kind = find_choice(*members.kind, recurrence_kinds);
    if (!kind) return std::nullopt;
    const auto in = [](const std::optional<long long>& n, long long lowest, long long highest) {
        return !n || (*n >= lowest && *n <= highest);
    };
    if (!in(members.interval, 1, std::numeric_limits<int>::max()) || !in(members.nth, -1, 5) ||
        !in(members.day_of_month, 1, 31) || !in(members.duration_minutes, 0, 7 * 24 * 60)) {
        return std::nullopt;
    }
    // A member the kind does not read is left to the checked reader, which refuses it.
    const long long interval = members.interval.value_or(1);
    const std::array given{members.interval.has_value(), members.weekday.has_value(), members.nth.has_value(),
                           members.day_of_month.has_value()};
    for (std::size_t k = 0; k < kind_keys.size(); ++k) {
        if (given[k] && !kind_reads(kind, kind_keys[k], interval == 1)) return std::nullopt;
    }
    std::optional<date::weekday> day;
    if (members.weekday) {
        day = weekday_named(*members.weekday);
        if (!day) return std::nullopt;
    }
    const time_of_day start{*members.start};
    const std::chrono::minutes duration{*members.duration_minutes};
    try {
        auto out = [&]() -> std::optional<meeting_schedule> {
            switch (*kind) {
            case recurrence::weekly:
                if (!day) break;
                return meeting_schedule::weekly(*day, start, duration, std::string(*members.time_zone),
                                                static_cast<unsigned>(interval));
            case recurrence::monthly_by_weekday:
                if (!day || members.nth.value_or(0) == 0) break;
                return meeting_schedule::monthly_on_weekday(static_cast<int>(*members.nth), *day, start, duration,
                                                            std::string(*members.time_zone));
            case recurrence::monthly_by_day:
                if (!members.day_of_month) break;
                return meeting_schedule::monthly_on_day(static_cast<unsigned>(*members.day_of_month), start, duration,
                                                        std::string(*members.time_zone));
            case recurrence::daily:
            case recurrence::yearly: break;
            }
            return std::nullopt;
        }();
        if (out && members.effective) out = out->with_effective(*members.effective);
        if (out && !members.skipped.empty()) out = out->with_skipped(std::move(members.skipped));
        return out;
    } catch (const std::exception&) {  // a zone or rule the model refuses: the checked reader says which
        return std::nullopt;
    }
}

namespace {

// A value read from text, or why it could not be (`reason` empty when it was).
template <class Value>
struct reading {
    Value value{};
    std::string reason;
};

// The ISO day "2015-11-13".
auto parse_iso_day(const std::string& s) -> reading<date::sys_days> {
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
    if (!shape) return {{}, detail::quoted(s) + ": expected an ISO date YYYY-MM-DD, as in \"2015-11-13\""};
    const int year = digits(0, 4);
    if (year < detail::first_year) return {{}, detail::quoted(s) + ": year must be between 1000 and 9999"};
    const int month = digits(5, 2);
    const int day_of_month = digits(8, 2);
    if (month < 1 || month > 12) return {{}, detail::quoted(s) + ": there is no month " + s.substr(5, 2)};
    if (day_of_month < 1) return {{}, detail::quoted(s) + ": there is no day 00"};
    const date::year_month_day_last last{date::year{year}, date::month_day_last{date::month{static_cast<unsigned>(month)}}};
    const auto most = static_cast<int>(static_cast<unsigned>(last.day()));
    if (day_of_month > most) {
        const std::string name(detail::month_names[static_cast<std::size_t>(month - 1)]);
        return {{}, detail::quoted(s) + ": " + (month == 2 ? name + " " + s.substr(0, 4) : name) + " has " +
                        std::to_string(most) + " days"};
    }
    return {date::sys_days{date::year{year} / month / day_of_month}, {}};
}

// The 24-hour time "HH:MM".
auto parse_clock(const std::string& s) -> reading<std::chrono::minutes> {
    const bool shape = s.size() == 5 && s[2] == ':' && detail::is_digit(s[0]) && detail::is_digit(s[1]) &&
                       detail::is_digit(s[3]) && detail::is_digit(s[4]);
    if (!shape) return {{}, detail::quoted(s) + ": expected a 24-hour time HH:MM, as in \"19:00\""};
    const int hours = (s[0] - '0') * 10 + (s[1] - '0');
    const int minutes = (s[3] - '0') * 10 + (s[4] - '0');
    if (hours > 23 || minutes > 59) return {{}, detail::quoted(s) + ": expected a time from 00:00 to 23:59"};
    return {std::chrono::minutes{hours * 60 + minutes}, {}};
}

// ---------------------------------------------------------------------------------------------
// Reading any document the schema allows, through a tree, with every error placed and worded

class reader {
public:
    explicit reader(std::string_view text) : text_(text) {}

    // Throws parse_error at the value `pointer` names: "<pointer>: <why>", with its line.
    [[noreturn]] void fail(const std::string& pointer, const std::string& why) const {
        failed_ = true;
        failed_at_ = pointer;
        failed_why_ = why;
        const auto where = line_of_pointer(text_, pointer);
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

    auto state(const ojson& value, const std::string& pointer) const -> state_code {
        const std::string text = string(value, pointer);
        return at(pointer, [&] { return detail::state_at("state", text); });
    }

    auto required_string(const ojson& object, const std::string& pointer, std::string_view key) const -> std::string {
        return string(required(object, pointer, key), child(pointer, key));
    }

    auto optional_string(const ojson& object, const std::string& pointer, std::string_view key,
                         std::string fallback = {}) const -> std::string {
        const ojson* value = member(object, key);
        return value == nullptr ? fallback : string(*value, child(pointer, key));
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
        auto read = parse_iso_day(value.get_ref<const std::string&>());
        if (!read.reason.empty()) fail(pointer, read.reason);
        return read.value;
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

    // A schedule's "effective": {"first", "last"}, or (schema version 3) {"first", "last": null}
    // for a rule in effect from its first day with no end; none when absent or null.
    struct effective_dates {
        std::optional<date::sys_days> first;
        std::optional<date_range> range;
    };
    auto schedule_effective(const ojson& object, const std::string& pointer) const -> effective_dates {
        const ojson* value = member(object, "effective");
        if (value == nullptr) return {};
        const auto at = child(pointer, "effective");
        if (value->is_object()) {
            if (const auto last = value->find("last"); last != value->end() && last->is_null()) {
                return {day(required(*value, at, "first"), child(at, "first")), std::nullopt};
            }
        }
        const auto dates = range(*value, at);
        return {dates.first(), dates};
    }

    static auto with_dates(const meeting_schedule& s, const effective_dates& dates) -> meeting_schedule {
        return dates.range ? s.with_effective(dates.range) : s.with_first_day(dates.first);
    }

    // One of `values`, by the name to_string() gives it; fails listing them.
    template <class Values>
    auto choice(const ojson& value, const std::string& pointer, const Values& values,
                std::string_view what) const -> std::ranges::range_value_t<Values> {
        const std::string s = string(value, pointer);
        if (const auto found = find_choice(s, values)) return *found;
        std::string expected;
        for (auto v : values) expected += (expected.empty() ? "" : ", ") + std::string(to_string(v));
        fail(pointer, detail::quoted(s) + " is not " + std::string(what) + ": expected one of " + expected);
    }

    // A member's value by its C++ type; a described type (detail/fields.hpp) from an object of its
    // fields, each absent or null one left at its default.
    template <class T>
    auto value_of(const ojson& value, const std::string& pointer) const -> T {
        if constexpr (detail::is_text<T>) {
            return string(value, pointer);
        } else if constexpr (std::is_same_v<T, state_code>) {
            return state(value, pointer);
        } else if constexpr (std::is_same_v<T, date::sys_days>) {
            return day(value, pointer);
        } else if constexpr (std::is_same_v<T, std::chrono::minutes>) {
            auto read = parse_clock(string(value, pointer));
            if (!read.reason.empty()) fail(pointer, read.reason);
            return read.value;
        } else if constexpr (std::is_same_v<T, date_range>) {
            return range(value, pointer);
        } else if constexpr (std::is_same_v<T, meeting_schedule>) {
            return schedule(value, pointer);
        } else if constexpr (std::is_enum_v<T>) {
            return choice(value, pointer, kind_choices(std::type_identity<T>{}), kind_what(std::type_identity<T>{}));
        } else if constexpr (detail::is_optional<T>) {
            return value_of<typename T::value_type>(value, pointer);
        } else if constexpr (detail::is_vector<T>) {
            if (!value.is_array()) {
                fail(pointer, std::string(std::is_same_v<T, std::vector<std::string>> ? "expected an array of strings, got "
                                                                                       : "expected an array, got ") +
                                  kind_of(value));
            }
            T out;
            out.reserve(value.size());
            for (std::size_t i = 0; i < value.size(); ++i) {
                out.push_back(value_of<typename T::value_type>(value[i], child(pointer, i)));
            }
            return out;
        } else {
            static_assert(detail::described<T>, "a member type the JSON reader does not know");
            expect_object(value, pointer);
            T out;
            detail::for_each_field<T>([&](const auto& f) {
                using member_type = typename std::decay_t<decltype(f)>::value_type;
                const ojson* found = member(value, f.name);
                if (found == nullptr) {
                    if (f.use == detail::presence::required) fail(child(pointer, f.name), "required, missing");
                    return;
                }
                out.*(f.member) = value_of<member_type>(*found, child(pointer, f.name));
            });
            return out;
        }
    }

    auto weekday(const ojson& object, const std::string& pointer) const -> date::weekday {
        const std::string at = child(pointer, "weekday");
        const std::string s = string(required(object, pointer, "weekday"), at);
        if (const auto day = weekday_named(s)) return *day;
        fail(at, detail::quoted(s) + " is not a weekday: expected sunday, monday, ... or saturday in lower case");
    }

    // The 24-hour time "HH:MM" at `key` of `object`.
    auto clock(const ojson& object, const std::string& pointer, std::string_view key) const -> std::chrono::minutes {
        return value_of<std::chrono::minutes>(required(object, pointer, key), child(pointer, key));
    }

    // Schema version 3: {"kind": "rrule", "rrule": "FREQ=...", "all_day": true, ...}.
    auto rule_schedule(const ojson& value, const std::string& pointer) const -> meeting_schedule {
        const time_of_day start{clock(value, pointer, "start")};
        const std::chrono::minutes duration{integer(required(value, pointer, "duration_minutes"),
                                                    child(pointer, "duration_minutes"), 0, 7 * 24 * 60)};
        std::string zone = required_string(value, pointer, "time_zone");
        const std::string rule = required_string(value, pointer, "rrule");
        const auto effective = schedule_effective(value, pointer);
        const ojson* all_day = member(value, "all_day");
        if (all_day != nullptr && !all_day->is_boolean()) fail(child(pointer, "all_day"), "expected true or false");
        return at(pointer, [&] {
            // A stored rule names every day it meets on: the first day only places its INTERVAL and COUNT.
            auto out = meeting_schedule::from_rrule(rule, effective.first.value_or(date::sys_days{date::days{0}}), start,
                                                    duration, zone);
            if (all_day != nullptr && all_day->get<bool>()) out = out.as_all_day();
            out = with_dates(out, effective);
            return out;
        });
    }

    // Refuses a key of kind_keys the schedule's kind does not read (null is no value).
    void refuse_unread(const ojson& value, const std::string& pointer, std::optional<recurrence> kind) const {
        const ojson* interval = member(value, "interval");
        const bool every_month = interval != nullptr && interval->is_number_integer() && interval->get<long long>() == 1;
        for (const auto key : kind_keys) {
            const ojson* given = member(value, key);
            if (given == nullptr || given->is_null() || kind_reads(kind, key, every_month)) continue;
            fail(child(pointer, key), kind ? "not read for a \"" + std::string(to_string(*kind)) +
                                                 "\" schedule; a rule that needs it is written as kind \"rrule\" with its RRULE"
                                           : "not read for a schedule of kind \"rrule\", whose rrule says the whole rule");
        }
    }

    auto schedule(const ojson& value, const std::string& pointer) const -> meeting_schedule {
        expect_object(value, pointer);
        if (const ojson* kind = member(value, "kind"); kind != nullptr && kind->is_string() && kind->get<std::string>() == "rrule") {
            refuse_unread(value, pointer, std::nullopt);
            auto out = rule_schedule(value, pointer);
            const auto& skipped = array(value, pointer, "skipped");
            std::vector<date::sys_days> days;
            for (std::size_t i = 0; i < skipped.size(); ++i) days.push_back(day(skipped[i], child(child(pointer, "skipped"), i)));
            if (!days.empty()) out = at(child(pointer, "skipped"), [&] { return out.with_skipped(std::move(days)); });
            return out;
        }
        const auto kind = choice(required(value, pointer, "kind"), child(pointer, "kind"), recurrence_kinds, "a recurrence");
        refuse_unread(value, pointer, kind);
        const time_of_day start{clock(value, pointer, "start")};
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
            case recurrence::daily:
            case recurrence::yearly: break;
            }
            fail(child(pointer, "kind"), "unknown recurrence");
        });
        auto out = made;
        if (const auto effective = schedule_effective(value, pointer); effective.first) {
            out = at(child(pointer, "effective"), [&] { return with_dates(out, effective); });
        }
        const auto& skipped = array(value, pointer, "skipped");
        if (!skipped.empty()) {
            std::vector<date::sys_days> days;
            for (std::size_t i = 0; i < skipped.size(); ++i) days.push_back(day(skipped[i], child(child(pointer, "skipped"), i)));
            out = at(child(pointer, "skipped"), [&] { return out.with_skipped(std::move(days)); });
        }
        return with_exceptions(value, pointer, out);
    }

    // "2025-03-11T19:00" at `key` of `object`.
    auto local_minute(const ojson& object, const std::string& pointer, std::string_view key) const -> date::local_seconds {
        const std::string at = child(pointer, key);
        const std::string s = string(required(object, pointer, key), at);
        if (s.size() != 16 || s[10] != 'T') fail(at, detail::quoted(s) + ": expected a local date and time as in \"2025-03-11T19:00\"");
        const auto day = parse_iso_day(s.substr(0, 10));
        if (!day.reason.empty()) fail(at, day.reason);
        const auto time = parse_clock(s.substr(11));
        if (!time.reason.empty()) fail(at, time.reason);
        return date::local_seconds{day.value.time_since_epoch()} + time.value;
    }

    // Schema version 3: the schedule's additions and overrides.
    auto with_exceptions(const ojson& value, const std::string& pointer, meeting_schedule out) const -> meeting_schedule {
        const std::string added_at = child(pointer, "added");
        const auto& added = array(value, pointer, "added");
        if (!added.empty()) {
            std::vector<added_meeting> meetings;
            for (std::size_t i = 0; i < added.size(); ++i) {
                const std::string at = child(added_at, i);
                expect_object(added[i], at);
                meetings.push_back({local_minute(added[i], at, "start"),
                                    std::chrono::minutes{integer(required(added[i], at, "duration_minutes"),
                                                                 child(at, "duration_minutes"), 1, 24 * 60)}});
            }
            out = at(added_at, [&] { return out.with_added(std::move(meetings)); });
        }
        const std::string overrides_at = child(pointer, "overrides");
        const auto& overrides = array(value, pointer, "overrides");
        if (!overrides.empty()) {
            std::vector<meeting_override> changes;
            for (std::size_t i = 0; i < overrides.size(); ++i) {
                const std::string at = child(overrides_at, i);
                const auto& item = overrides[i];
                expect_object(item, at);
                meeting_override o;
                o.original = local_minute(item, at, "original");
                const ojson* cancelled = member(item, "cancelled");
                if (cancelled != nullptr && !cancelled->is_boolean()) fail(child(at, "cancelled"), std::string("expected true or false, got ") + kind_of(*cancelled));
                o.cancelled = cancelled != nullptr && cancelled->get<bool>();
                if (!o.cancelled) {
                    o.start = local_minute(item, at, "start");
                    o.duration = std::chrono::minutes{integer(required(item, at, "duration_minutes"), child(at, "duration_minutes"), 1, 24 * 60)};
                    o.place = optional_string(item, at, "place");
                }
                changes.push_back(std::move(o));
            }
            out = at(overrides_at, [&] { return out.with_overrides(std::move(changes)); });
        }
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
                std::vector<state_code> codes;
                for (std::size_t i = 0; i < states.size(); ++i) codes.push_back(state(states[i], child(at_region, i)));
                // Clang before 16 cannot capture a structured binding, so it is captured by name.
                at(at_region, [&, &region = name] { map.add(region, std::move(codes)); });
            }
            at("/regions", [&] { out.set_regions(std::move(map)); });
        }

        // Conferences before actions: an action names the conferences it relates to.
        const auto& conferences = array(document, "", "conferences");
        for (std::size_t i = 0; i < conferences.size(); ++i) {
            const std::string at_item = child("/conferences", i);
            auto item = value_of<conference>(conferences[i], at_item);
            at(at_item, [&] { out.add_conference(std::move(item)); });
        }
        const auto& groups = array(document, "", "groups");
        for (std::size_t i = 0; i < groups.size(); ++i) {
            const std::string at_item = child("/groups", i);
            auto item = value_of<group>(groups[i], at_item);
            at(at_item, [&] { out.add_group(std::move(item)); });
        }
        const auto& actions = array(document, "", "actions");
        for (std::size_t i = 0; i < actions.size(); ++i) {
            const std::string at_item = child("/actions", i);
            auto item = value_of<action>(actions[i], at_item);
            at(at_item, [&] { out.add_action(std::move(item)); });
        }
        const auto& milestones = array(document, "", "milestones");
        for (std::size_t i = 0; i < milestones.size(); ++i) {
            const std::string at_item = child("/milestones", i);
            auto item = value_of<milestone>(milestones[i], at_item);
            at(at_item, [&] { out.add_milestone(std::move(item)); });
        }
        return out;
    }

    // Every problem whole() would stop at, each object of the document read on its own: an object
    // that fails is left out and the rest read on. Within an object, the member at fault is taken
    // out and the object read again, so its other members' problems are found too.
    auto check(const ojson& document) const -> std::vector<json_problem> {
        std::vector<json_problem> out;
        const auto attempt = [&](const std::string& where, auto&& step) -> bool {
            try {
                failed_ = false;
                step();
                return true;
            } catch (const parse_error& e) {
                out.push_back(problem(e, where));
            } catch (const std::exception& e) {
                out.push_back(problem_at(where, e.what()));
            }
            return false;
        };
        if (!attempt("", [&] { expect_object(document, ""); })) return out;
        attempt("", [&] { whole_version(document); });
        std::string id = "campaign";
        std::string title = "campaign";
        attempt("", [&] { id = required_string(document, "", "id"); });
        attempt("", [&] { title = required_string(document, "", "title"); });
        campaign c("campaign", "campaign");
        attempt("", [&] {
            try {
                c = campaign(id, title);
            } catch (const validation_error& e) {
                fail(e.field().find("title") != std::string::npos ? "/title" : "/id", e.reason());
            }
        });
        attempt("", [&] { optional_string(document, "", "summary"); });
        attempt("", [&] { optional_string(document, "", "organization"); });

        const ojson* regions = member(document, "regions");
        if (regions != nullptr && attempt("/regions", [&] { expect_object(*regions, "/regions"); })) {
            region_map map;
            for (const auto& [name, states] : regions->items()) {
                const std::string at_region = child("/regions", name);
                check_item(states, at_region, out, [&, &region = name](const ojson& value) {
                    if (!value.is_array()) fail(at_region, std::string("expected an array of state codes, got ") + kind_of(value));
                    std::vector<state_code> codes;
                    for (std::size_t i = 0; i < value.size(); ++i) codes.push_back(state(value[i], child(at_region, i)));
                    at(at_region, [&] { map.add(region, std::move(codes)); });
                });
            }
            attempt("/regions", [&] { at("/regions", [&] { c.set_regions(std::move(map)); }); });
        }
        const auto each = [&](std::string_view key, auto&& read) {
            const ojson* list = nullptr;
            const std::string at_list = child("", key);
            if (!attempt(at_list, [&] { list = &array(document, "", key); })) return;
            for (std::size_t i = 0; i < list->size(); ++i) {
                const std::string at_item = child(at_list, i);
                check_item((*list)[i], at_item, out, [&](const ojson& value) { read(value, at_item); });
            }
        };
        each("conferences", [&](const ojson& value, const std::string& at_item) {
            auto item = value_of<conference>(value, at_item);
            at(at_item, [&] { c.add_conference(std::move(item)); });
        });
        each("groups", [&](const ojson& value, const std::string& at_item) {
            auto item = value_of<group>(value, at_item);
            at(at_item, [&] { c.add_group(std::move(item)); });
        });
        each("actions", [&](const ojson& value, const std::string& at_item) {
            auto item = value_of<action>(value, at_item);
            at(at_item, [&] { c.add_action(std::move(item)); });
        });
        each("milestones", [&](const ojson& value, const std::string& at_item) {
            auto item = value_of<milestone>(value, at_item);
            at(at_item, [&] { c.add_milestone(std::move(item)); });
        });
        return out;
    }

private:
    void whole_version(const ojson& document) const {
        const ojson& version = required(document, "", "schema_version");
        const auto number = integer(version, "/schema_version", 1, std::numeric_limits<int>::max());
        if (number > json_schema_version) {
            fail("/schema_version", "schema_version " + std::to_string(number) + " is newer than this library reads (" +
                                        std::to_string(json_schema_version) + ")");
        }
    }

    // The problem fail() just threw; a parse_error from elsewhere is placed at `where`.
    auto problem(const parse_error& e, const std::string& where) const -> json_problem {
        if (!failed_) return problem_at(where, e.reason());
        return {failed_at_, e.line(), e.position() + 1, failed_why_};
    }

    auto problem_at(const std::string& pointer, const std::string& why) const -> json_problem {
        const auto where = line_of_pointer(text_, pointer);
        return {pointer, where.line, where.column + 1, why};
    }

    // Reads `item` (at `pointer`) with `read`, and again without each member at fault, until it
    // reads or the fault cannot be taken out (a member missing, an element of a list, the model
    // refusing the whole object); each fault is one problem.
    template <class Read>
    void check_item(const ojson& item, const std::string& pointer, std::vector<json_problem>& out, Read&& read) const {
        ojson copy;
        const ojson* current = &item;
        std::string previous;
        for (std::size_t tries = 0; tries < 1000; ++tries) {
            try {
                failed_ = false;
                read(*current);
                return;
            } catch (const parse_error& e) {
                if (!failed_) {
                    out.push_back(problem(e, pointer));
                    return;
                }
                if (tries > 0 && failed_at_ == previous) return;  // the member taken out was required
                out.push_back(problem(e, pointer));
            } catch (const std::exception& e) {
                out.push_back(problem_at(pointer, e.what()));
                return;
            }
            previous = failed_at_;
            if (!failed_at_.starts_with(pointer + "/")) return;
            const std::string inside = failed_at_.substr(pointer.size());
            const auto slash = inside.rfind('/');
            const std::string key = unescape_pointer_token(inside.substr(slash + 1));
            if (current == &item) {
                copy = item;
                current = &copy;
            }
            try {
                auto& parent = copy.at(ojson::json_pointer(inside.substr(0, slash)));
                if (!parent.is_object() || !parent.contains(key)) return;
                parent.erase(key);
            } catch (const std::exception&) {
                return;
            }
        }
    }

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
    // Where the last failure of fail() stood, and why: what check() reports.
    mutable bool failed_ = false;
    mutable std::string failed_at_;
    mutable std::string failed_why_;
};

// ---------------------------------------------------------------------------------------------
// Reading documents as to_json() writes them, in one pass from the text straight into the
// model, with no tree in between. It reads only what it is sure of: known keys, each once, values
// of the expected types. On anything else (an unknown key, a bad value, bad syntax, a campaign
// that refuses an item) it gives up with `declined`, and the general reader below reads the text
// again: that one accepts whatever JSON the schema allows and words every error. So a document
// the fast reader takes gives the campaign the general reader would give.

struct declined {};

// The names of an object's members, for a bit set of those seen.
template <std::size_t N>
using key_names = std::array<std::string_view, N>;

class fast_reader {
public:
    fast_reader(std::string_view text, const json_read_options& options)
        : text_(text), progress_(options.progress) {}

    auto whole() -> campaign;

    // A document that is one value of type T (a schedule, ...) and nothing after it.
    template <class T>
    auto document() -> T {
        auto out = value<T>();
        if (peek() != '\0' || i_ != text_.size()) throw declined{};
        return out;
    }

private:
    // -- the syntax: RFC 8259, with no leniency (nlohmann reads the same set of texts)

    void skip_space() {
        while (i_ < text_.size() && (text_[i_] == ' ' || text_[i_] == '\n' || text_[i_] == '\t' || text_[i_] == '\r')) ++i_;
    }

    // The next significant character, not consumed ('\0' at the end).
    auto peek() -> char {
        skip_space();
        return i_ < text_.size() ? text_[i_] : '\0';
    }

    void expect(char c) {
        if (peek() != c) throw declined{};
        ++i_;
    }

    // A null, consumed: null counts as absent, as in the general reader.
    auto null() -> bool {
        if (peek() != 'n') return false;
        if (text_.substr(i_, 4) != "null") throw declined{};
        i_ += 4;
        return true;
    }

    auto string() -> std::string {
        std::string out;
        string_into(out);
        return out;
    }

    void string_into(std::string& out) {
        expect('"');
        for (;;) {
            const std::size_t start = i_;
            while (i_ < text_.size()) {
                const auto c = static_cast<unsigned char>(text_[i_]);
                if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) break;
                ++i_;
            }
            out.append(text_.data() + start, i_ - start);
            if (i_ >= text_.size()) throw declined{};
            const auto c = static_cast<unsigned char>(text_[i_]);
            if (c == '"') {
                ++i_;
                return;
            }
            if (c == '\\') {
                escape_into(out);
            } else if (c >= 0x80) {
                const auto length = detail::decode_utf8(text_, i_).length;
                if (length == 0) throw declined{};
                out.append(text_.data() + i_, length);
                i_ += length;
            } else {
                throw declined{};  // a control character must be escaped
            }
        }
    }

    void escape_into(std::string& out) {
        if (i_ + 1 >= text_.size()) throw declined{};
        const char c = text_[i_ + 1];
        i_ += 2;
        switch (c) {
        case '"': out += '"'; return;
        case '\\': out += '\\'; return;
        case '/': out += '/'; return;
        case 'b': out += '\b'; return;
        case 'f': out += '\f'; return;
        case 'n': out += '\n'; return;
        case 'r': out += '\r'; return;
        case 't': out += '\t'; return;
        case 'u': break;
        default: throw declined{};
        }
        char32_t code = hex4();
        if (code >= 0xDC00 && code <= 0xDFFF) throw declined{};
        if (code >= 0xD800 && code <= 0xDBFF) {
            if (text_.substr(i_, 2) != "\\u") throw declined{};
            i_ += 2;
            const char32_t low = hex4();
            if (low < 0xDC00 || low > 0xDFFF) throw declined{};
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        }
        append_utf8(out, code);
    }

    auto hex4() -> char32_t {
        if (i_ + 4 > text_.size()) throw declined{};
        char32_t code = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            const char c = text_[i_++];
            const int digit = detail::is_digit(c) ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) throw declined{};
            code = code * 16 + static_cast<char32_t>(digit);
        }
        return code;
    }

    static void append_utf8(std::string& out, char32_t code) {
        if (code < 0x80) {
            out += static_cast<char>(code);
        } else if (code < 0x800) {
            out += static_cast<char>(0xC0 | (code >> 6));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            out += static_cast<char>(0xE0 | (code >> 12));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (code >> 18));
            out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        }
    }

    // A whole number of at most 9 digits in [lowest, highest]; fractions and exponents decline.
    auto integer(long long lowest, long long highest) -> long long {
        const bool negative = peek() == '-';
        if (negative) ++i_;
        const std::size_t start = i_;
        long long n = 0;
        while (i_ < text_.size() && detail::is_digit(text_[i_]) && i_ - start < 10) n = n * 10 + (text_[i_++] - '0');
        const std::size_t digits = i_ - start;
        if (digits == 0 || digits > 9 || (digits > 1 && text_[start] == '0')) throw declined{};
        if (i_ < text_.size() && (text_[i_] == '.' || text_[i_] == 'e' || text_[i_] == 'E')) throw declined{};
        if (negative) n = -n;
        if (n < lowest || n > highest) throw declined{};
        return n;
    }

    // Reads an object: for each member whose value is not null, `member(k)` with k the index of its
    // key in `names` reads the value. Returns the bit set of the members read (null counts as
    // absent, as in the general reader).
    template <std::size_t N, class Member>
    auto object(const key_names<N>& names, Member&& member) -> std::uint32_t {
        static_assert(N <= 32);
        std::uint32_t seen = 0;
        std::uint32_t read = 0;
        expect('{');
        if (peek() == '}') {
            ++i_;
            return read;
        }
        for (;;) {
            key_.clear();
            string_into(key_);
            const auto found = std::find(names.begin(), names.end(), std::string_view(key_));
            if (found == names.end()) throw declined{};
            const auto bit = std::uint32_t{1} << (found - names.begin());
            if ((seen & bit) != 0) throw declined{};
            seen |= bit;
            expect(':');
            if (!null()) {
                member(static_cast<std::size_t>(found - names.begin()));
                read |= bit;
            }
            if (peek() == ',') {
                ++i_;
                continue;
            }
            expect('}');
            return read;
        }
    }

    // Reads an array: `element()` reads each element.
    template <class Element>
    void array(Element&& element) {
        expect('[');
        if (peek() == ']') {
            ++i_;
            return;
        }
        for (;;) {
            element();
            if (peek() == ',') {
                ++i_;
                continue;
            }
            expect(']');
            return;
        }
    }

    auto strings() -> std::vector<std::string> {
        std::vector<std::string> out;
        array([&] { out.push_back(string()); });
        return out;
    }

    // A state code; anything else is left to the tree reader, which says where and why.
    auto code() -> state_code {
        const auto text = string();
        if (!state_code::valid(text)) throw declined{};
        return state_code{text};
    }
    auto codes() -> std::vector<state_code> {
        std::vector<state_code> out;
        array([&] { out.push_back(code()); });
        return out;
    }

    // -- the schema

    static void require(std::uint32_t seen, std::uint32_t required) {
        if ((seen & required) != required) throw declined{};
    }

    auto day() -> date::sys_days {
        const auto read = parse_iso_day(string());
        if (!read.reason.empty()) throw declined{};
        return read.value;
    }

    auto range() -> date_range {
        date::sys_days first{};
        date::sys_days last{};
        static constexpr key_names<2> names{"first", "last"};
        const auto seen = object(names, [&](std::size_t k) { (k == 0 ? first : last) = day(); });
        require(seen, 0b11);
        if (last < first) throw declined{};
        return date_range{first, last};
    }

    auto clock() -> std::chrono::minutes {
        const auto read = parse_clock(string());
        if (!read.reason.empty()) throw declined{};
        return read.value;
    }

    template <class Values>
    auto choice(const Values& values) -> std::ranges::range_value_t<Values> {
        const auto found = find_choice(string(), values);
        if (!found) throw declined{};
        return *found;
    }

    auto schedule() -> meeting_schedule;
    auto regions() -> region_map;

    // A member's value by its C++ type; a described type (detail/fields.hpp) from an object of its
    // fields, with its required ones present.
    template <class T>
    auto value() -> T {
        if constexpr (detail::is_text<T>) {
            return string();
        } else if constexpr (std::is_same_v<T, state_code>) {
            return code();
        } else if constexpr (std::is_same_v<T, date::sys_days>) {
            return day();
        } else if constexpr (std::is_same_v<T, std::chrono::minutes>) {
            return clock();
        } else if constexpr (std::is_same_v<T, date_range>) {
            return range();
        } else if constexpr (std::is_same_v<T, meeting_schedule>) {
            return schedule();
        } else if constexpr (std::is_enum_v<T>) {
            return choice(kind_choices(std::type_identity<T>{}));
        } else if constexpr (detail::is_optional<T>) {
            return value<typename T::value_type>();  // null never gets here: object() skips it
        } else if constexpr (detail::is_vector<T>) {
            T out;
            array([&] { out.push_back(value<typename T::value_type>()); });
            return out;
        } else {
            static_assert(detail::described<T>, "a member type the JSON reader does not know");
            static constexpr auto names = detail::field_names<T>();
            T out;
            const auto read = object(names, [&](std::size_t k) {
                detail::with_field<T>(k, [&](const auto& f) {
                    out.*(f.member) = value<typename std::decay_t<decltype(f)>::value_type>();
                });
            });
            require(read, detail::required_fields<T>());
            return out;
        }
    }

    // Tells the progress function how far the text is read, when it has gone 64 KiB further: one
    // comparison per conference or group otherwise.
    void report() {
        if (!progress_ || i_ < next_report_) return;
        progress_(i_, text_.size());
        next_report_ = i_ + (std::size_t{1} << 16);
    }

    std::string_view text_;
    std::size_t i_ = 0;
    std::string key_;
    const std::function<void(std::uintmax_t, std::uintmax_t)>& progress_;
    std::size_t next_report_ = 0;
};

auto fast_reader::schedule() -> meeting_schedule {
    static constexpr key_names<14> names{"kind",      "interval",         "weekday",   "nth",       "day_of_month", "start",
                                         "duration_minutes", "time_zone", "effective", "skipped", "rule",         "rrule",
                                         "added",     "overrides"};
    constexpr long long lowest = std::numeric_limits<int>::min();  // the ranges are schedule_from_members'
    constexpr long long highest = std::numeric_limits<int>::max();
    std::string kind;  // the texts the members view
    std::string weekday;
    std::string zone;
    detail::schedule_members members;
    object(names, [&](std::size_t k) {
        switch (k) {
        case 0: members.kind = kind = string(); break;
        case 1: members.interval = integer(lowest, highest); break;
        case 2: members.weekday = weekday = string(); break;
        case 3: members.nth = integer(lowest, highest); break;
        case 4: members.day_of_month = integer(lowest, highest); break;
        case 5: members.start = clock(); break;
        case 6: members.duration_minutes = integer(lowest, highest); break;
        case 7: members.time_zone = zone = string(); break;
        case 8: members.effective = range(); break;
        case 9: array([&] { members.skipped.push_back(day()); }); break;
        case 12:
        case 13: throw declined{};  // additions and overrides: read by the checked reader
        default: (void)string(); break;  // rule, rrule: for people, ignored
        }
    });
    auto out = detail::schedule_from_members(std::move(members));
    if (!out) throw declined{};
    return *std::move(out);
}

auto fast_reader::regions() -> region_map {
    region_map out;
    expect('{');
    if (peek() == '}') {
        ++i_;
        return out;
    }
    std::vector<std::string> names;
    for (;;) {
        auto name = string();
        if (std::find(names.begin(), names.end(), name) != names.end()) throw declined{};
        names.push_back(name);
        expect(':');
        out.add(std::move(name), codes());
        if (peek() == ',') {
            ++i_;
            continue;
        }
        expect('}');
        return out;
    }
}

auto fast_reader::whole() -> campaign {
    static constexpr key_names<10> names{"schema_version", "id",          "title",  "summary", "organization",
                                         "milestones",     "regions",     "conferences", "groups", "actions"};
    enum : std::uint32_t { id_bit = 1U << 1, title_bit = 1U << 2, regions_bit = 1U << 6, conferences_bit = 1U << 7 };
    std::string id;
    std::string title;
    std::string summary;
    std::string organization;
    std::optional<region_map> map;
    std::vector<conference> conferences;
    std::vector<group> groups;
    std::vector<action> actions;
    std::vector<milestone> milestones;
    std::uint32_t done = 0;  // the members read so far
    bool conferences_added = false;
    // The campaign, once its id, title and regions are known: in the order to_json() writes, the
    // conferences that follow go into it as one batch, and the groups after them straight in rather
    // than into a list first. They are added in the general reader's order all the same: regions,
    // conferences, groups.
    std::optional<campaign> out;
    const auto started = [&]() -> campaign* {
        if (!out && (done & (id_bit | title_bit | regions_bit)) == (id_bit | title_bit | regions_bit)) {
            out.emplace(id, title);
            out->set_regions(std::move(*map));
        }
        return out ? &*out : nullptr;
    };
    const auto read = object(names, [&](std::size_t k) {
        switch (k) {
        case 0: (void)integer(1, json_schema_version); break;
        case 1: id = string(); break;
        case 2: title = string(); break;
        case 3: summary = string(); break;
        case 4: organization = string(); break;
        case 5: array([&] { milestones.push_back(value<milestone>()); }); break;
        case 6: map = regions(); break;
        case 7:
            // One batch, which indexes the conferences in date order (campaign::add_conferences).
            array([&] {
                conferences.push_back(value<conference>());
                report();
            });
            if (campaign* c = started()) {
                c->add_conferences(std::move(conferences));
                conferences.clear();
                conferences_added = true;
            }
            break;
        case 8:
            if (campaign* c = started(); c != nullptr && conferences_added) {
                array([&] {
                    c->add_group(value<group>());
                    report();
                });
            } else {
                array([&] {
                    groups.push_back(value<group>());
                    report();
                });
            }
            break;
        default: array([&] { actions.push_back(value<action>()); }); break;
        }
        done |= std::uint32_t{1} << k;
    });
    require(read, 0b111);
    if (peek() != '\0' || i_ != text_.size()) throw declined{};

    // What did not go straight in, in the general reader's order: conferences before actions,
    // which name them.
    if (!out) {
        out.emplace(std::move(id), std::move(title));
        if (map) out->set_regions(std::move(*map));
    }
    out->set_summary(std::move(summary));
    out->set_organization(std::move(organization));
    if (!conferences.empty()) out->add_conferences(std::move(conferences));
    for (auto& item : groups) out->add_group(std::move(item));
    for (auto& item : actions) out->add_action(std::move(item));
    for (auto& item : milestones) out->add_milestone(std::move(item));
    return std::move(*out);
}

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
    std::string out;
    // About what a conference takes; the groups' share is reserved when they are reached.
    out.reserve(4096 + 768 * c.conferences().size());
    json_writer writer(out);
    write_campaign(writer, c);
    out += '\n';
    return out;
}

namespace {

// The parse_error for JSON that nlohmann refused: its line and column, without the text around.
auto syntax_error(std::string_view text, const nlohmann::json::parse_error& e) -> parse_error {
    // e.byte counts the bytes read, the failing one included.
    const std::size_t offset = e.byte == 0 ? 0 : e.byte - 1;
    const auto where = line_of(text, offset);
    return parse_error(where.text, where.column, syntax_reason(e), where.line);
}

// A number beyond a double: the message is "... number overflow parsing '1e999'".
auto overflow_error(std::string_view text, const nlohmann::json::out_of_range& e) -> parse_error {
    const std::string message = e.what();
    const auto open = message.find('\'');
    const auto close = message.rfind('\'');
    const std::string lexeme = open != std::string::npos && close > open ? message.substr(open + 1, close - open - 1) : "";
    const auto where = line_of(text, number_offset(text, lexeme));
    return parse_error(where.text, where.column,
                       "invalid JSON: number " + lexeme + " is out of range (largest: about 1.8e308)", where.line);
}

auto problem_of(const parse_error& e) -> json_problem { return {"", e.line(), e.position() + 1, e.reason()}; }

}  // namespace

auto json_problem::field() const -> std::string {
    std::string out;
    for (std::size_t from = 0; from < pointer.size();) {
        const std::size_t next = std::min(pointer.find('/', from + 1), pointer.size());
        const std::string token = unescape_pointer_token(std::string_view(pointer).substr(from + 1, next - from - 1));
        const bool index = !token.empty() && std::all_of(token.begin(), token.end(), detail::is_digit);
        out += index ? "[" + token + "]" : (out.empty() ? "" : ".") + token;
        from = next;
    }
    return out;
}

auto check_campaign_json(std::string_view text) -> std::vector<json_problem> {
    text = detail::without_bom(text);
    std::vector<json_problem> out;
    ojson document;
    try {
        try {
            document = ojson::parse(text.begin(), text.end(), key_watch{});
        } catch (const duplicate_key& e) {
            // Reported, then read on as nlohmann reads it (the last value of the key).
            const auto where = line_of(text, locate(text, e.pointer));
            out.push_back({e.pointer, where.line, where.column + 1,
                           "duplicate key " + detail::quoted(e.key) + ": a key may appear once in an object"});
            document = ojson::parse(text.begin(), text.end());
        }
    } catch (const nlohmann::json::parse_error& e) {
        out.push_back(problem_of(syntax_error(text, e)));
        return out;
    } catch (const nlohmann::json::out_of_range& e) {
        out.push_back(problem_of(overflow_error(text, e)));
        return out;
    }
    auto rest = reader(text).check(document);
    out.insert(out.end(), std::make_move_iterator(rest.begin()), std::make_move_iterator(rest.end()));
    return out;
}

namespace {

// The JSON tree of `text`, or parse_error: bad syntax or a number beyond a double with the line
// and column, a key given twice in an object with its JSON pointer.
auto parse_document(std::string_view text) -> ojson {
    ojson document;
    try {
        document = ojson::parse(text.begin(), text.end(), key_watch{});
    } catch (const duplicate_key& e) {
        reader(text).fail(e.pointer, "duplicate key " + detail::quoted(e.key) + ": a key may appear once in an object");
    } catch (const nlohmann::json::parse_error& e) {
        throw syntax_error(text, e);
    } catch (const nlohmann::json::out_of_range& e) {
        throw overflow_error(text, e);
    }
    return document;
}

// What `fast` reads with the one-pass reader; when it declines, or the model refuses what it read,
// what `general` reads with the general reader, which words the error.
template <class Fast, class General>
auto one_pass_first(Fast&& fast, General&& general) {
    try {
        return std::forward<Fast>(fast)();
    } catch (const std::exception&) {  // NOLINT(bugprone-empty-catch): read again, below, to say why
    } catch (const declined&) {
    }
    return std::forward<General>(general)();
}

}  // namespace

auto campaign_from_json(std::string_view text) -> campaign { return campaign_from_json(text, json_read_options{}); }

auto to_json(const meeting_schedule& schedule) -> std::string {
    std::string out;
    json_writer writer(out);
    write_schedule(writer, schedule);
    out += '\n';
    return out;
}

void detail::write_schedule(json_sink& out, const meeting_schedule& schedule) {
    json_writer writer(out);
    advocacy::write_schedule(writer, schedule);
}

auto meeting_schedule_from_json(std::string_view text) -> meeting_schedule {
    text = detail::without_bom(text);
    const json_read_options options;
    return one_pass_first([&] { return fast_reader(text, options).document<meeting_schedule>(); },
                          [&] { return reader(text).schedule(parse_document(text), ""); });
}

auto campaign_from_json(std::string_view text, const json_read_options& options) -> campaign {
    // A leading byte order mark is skipped: lines and offsets count from after it.
    text = detail::without_bom(text);
    return one_pass_first([&] { return fast_reader(text, options).whole(); },
                          [&] { return reader(text).whole(parse_document(text)); });
}

}  // namespace advocacy
