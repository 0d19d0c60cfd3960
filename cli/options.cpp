// SPDX-License-Identifier: MIT
// The options several subcommands take, and the checks on their values: a value that is not what
// the option takes is a usage error (exit status 2) naming the option.
#include "command.hpp"

#include <advocacy/detail/places.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <set>
#include <chrono>

namespace advocacy::cli {
namespace {

/// The day `text` names; throws usage_error saying why it is not one day.
auto parse_day(const std::string& text) -> date::sys_days {
    try {
        const auto range = advocacy::parse_date_range(text);
        if (range.days() != 1) throw usage_error("takes one day, got \"" + text + "\"");
        return range.first();
    } catch (const advocacy::parse_error& e) {
        throw usage_error(e.what());
    }
}

/// A CLI11 check from a function that throws usage_error: its message becomes CLI11's.
auto check_by(std::function<void(const std::string&)> check) -> CLI::Validator {
    return CLI::Validator(
        [check](std::string& text) -> std::string {
            try {
                check(text);
                return {};
            } catch (const usage_error& e) {
                return e.what();
            }
        },
        "");
}

/// "1K" as "1024": a count of bytes with an optional K, M or G (KiB, MiB, GiB).
auto bytes_of(const std::string& text) -> std::uintmax_t {
    std::uintmax_t value = 0;
    const auto* end = text.data() + text.size();
    const auto [stop, failure] = std::from_chars(text.data(), end, value);
    const std::string_view unit(stop, static_cast<std::size_t>(end - stop));
    const int shift = unit.empty() ? 0 : unit == "K" ? 10 : unit == "M" ? 20 : unit == "G" ? 30 : -1;
    if (failure != std::errc{} || stop == text.data() || shift < 0 || value > (UINTMAX_MAX >> shift)) {
        throw usage_error("takes a number of bytes, optionally with K, M or G, not \"" + text + "\"");
    }
    return value << shift;
}

}  // namespace

auto today_utc() -> date::sys_days { return date::floor<date::days>(std::chrono::system_clock::now()); }

auto day_of(const std::string& text) -> std::optional<date::sys_days> {
    if (text.empty()) return std::nullopt;
    return parse_day(text);
}

void add_max_size(CLI::App& sub, std::uintmax_t& target) {
    // The transform writes the count of bytes back, for CLI11 to store as a number.
    sub.add_option("--max-size", target, "the largest file read, in bytes or with K, M or G (default 1G)")
        ->type_name("BYTES")
        ->transform(CLI::Validator(
            [](std::string& text) -> std::string {
                try {
                    text = std::to_string(bytes_of(text));
                    return {};
                } catch (const usage_error& e) {
                    return e.what();
                }
            },
            ""))
        ->group("Input");
}

void add_campaign(CLI::App& sub, campaign_input& input, bool required) {
    auto* file = sub.add_option("CAMPAIGN.json", input.path,
                                required ? "the campaign file (-: standard input)"
                                         : "the campaign file (-: standard input; default: the bundled sample)");
    file->type_name("");
    if (required) file->required();
    add_max_size(sub, input.max_size);
}

auto add_day(CLI::App& sub, const std::string& name, std::string& target, const std::string& help) -> CLI::Option* {
    return sub.add_option(name, target, help)
        ->type_name("YYYY-MM-DD")
        ->check(check_by([](const std::string& text) { parse_day(text); }));
}

auto add_state(CLI::App& sub, std::string& target) -> CLI::Option* {
    return sub.add_option("--state", target, "a state, as its two-letter code in any case (MN, mn)")
        ->type_name("ST")
        ->transform(CLI::Validator(
            [](std::string& text) -> std::string {
                if (text.empty()) return "takes a state, e.g. --state MN";
                std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::toupper(c); });
                return {};
            },
            ""));
}

auto check_state(const advocacy::campaign& c, const std::string& text) -> advocacy::state_code {
    const auto unknown = [&] {
        return advocacy::error("unknown state \"" + text +
                               "\": not a US state or territory, nor a state the campaign names");
    };
    if (!advocacy::state_code::valid(text) || text.empty()) throw unknown();
    const advocacy::state_code state{text};
    // A US state, the District or an outlying area (ISO 3166-2), or a "state" of military mail,
    // which ISO does not list.
    if (advocacy::detail::subdivision_coded(text, "US") != nullptr) return state;
    if (text == "AA" || text == "AE" || text == "AP") return state;
    for (const auto& g : c.group_snapshot()) {
        if (g->place.state == state) return state;
    }
    for (const auto& e : c.conferences()) {
        if (e.place.state == state) return state;
    }
    for (const auto& region : c.regions().regions()) {
        const auto states = c.regions().states_of(region);
        if (std::find(states.begin(), states.end(), state) != states.end()) return state;
    }
    throw unknown();
}

auto campaign_regions(const advocacy::campaign& c) -> std::vector<std::string> {
    std::set<std::string> names;
    for (auto& name : c.regions().regions()) names.insert(std::move(name));
    for (const auto& e : c.conferences()) {
        if (!e.region.empty()) names.insert(e.region);
    }
    for (const auto& g : c.group_snapshot()) {
        if (!g->region.empty()) names.insert(g->region);
    }
    return {names.begin(), names.end()};
}

void check_region(const advocacy::campaign& c, const std::string& region) {
    if (c.regions().has_region(region)) return;
    const auto known = campaign_regions(c);
    if (std::find(known.begin(), known.end(), region) != known.end()) return;
    std::string message = "unknown region \"" + region + "\"; ";
    if (known.empty()) throw advocacy::error(message + "the campaign has no regions");
    message += "the campaign's regions: ";
    for (std::size_t i = 0; i < known.size(); ++i) message += (i == 0 ? "" : ", ") + known[i];
    throw advocacy::error(message);
}

auto add_region(CLI::App& sub, std::string& target, const std::string& help) -> CLI::Option* {
    return sub.add_option("--region", target, help)
        ->type_name("REGION")
        ->check(CLI::Validator(
            [](const std::string& text) -> std::string { return text.empty() ? "takes a region, e.g. --region Midwest" : ""; },
            ""));
}

auto add_output(CLI::App& sub, std::string& target, const std::string& help) -> CLI::Option* {
    return sub.add_option("-o", target, help)->type_name("FILE")->group("Output");
}

}  // namespace advocacy::cli
