// SPDX-License-Identifier: MIT
// The command's words and the values its options take.
#include "command.hpp"

#include <cctype>
#include <charconv>
#include <chrono>

namespace advocacy::cli {

arguments::arguments(std::vector<std::string_view> words, std::set<std::string_view> valued,
                     std::set<std::string_view> flags) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string_view w = words[i];
        if (w == "--help" || w == "-h") {
            help_ = true;
        } else if (w.size() > 1 && w[0] == '-' && !(w.size() > 1 && std::isdigit(static_cast<unsigned char>(w[1])))) {
            std::string_view name = w;
            std::optional<std::string_view> value;
            if (auto eq = w.find('='); eq != std::string_view::npos && w.starts_with("--")) {
                name = w.substr(0, eq);
                value = w.substr(eq + 1);
            }
            if (valued.contains(name)) {
                if (!value) {
                    if (i + 1 >= words.size()) throw usage_error(std::string(name) + " needs a value");
                    value = words[++i];
                }
                options_[std::string(name)] = std::string(*value);
            } else if (flags.contains(name) && !value) {
                options_[std::string(name)] = "";
            } else {
                throw usage_error("unknown option " + std::string(w));
            }
        } else {
            positionals_.emplace_back(w);
        }
    }
}

auto arguments::get(std::string_view name) const -> std::optional<std::string> {
    auto it = options_.find(std::string(name));
    if (it == options_.end()) return std::nullopt;
    return it->second;
}

auto today_utc() -> date::sys_days { return date::floor<date::days>(std::chrono::system_clock::now()); }

auto parse_day(std::string_view option, std::string_view text) -> date::sys_days {
    try {
        const auto range = advocacy::parse_date_range(text);
        if (range.days() != 1) throw usage_error(std::string(option) + " takes one day, got \"" + std::string(text) + "\"");
        return range.first();
    } catch (const advocacy::parse_error& e) {
        throw usage_error(std::string(option) + ": " + e.what());
    }
}

auto day_option(const arguments& args, std::string_view name) -> std::optional<date::sys_days> {
    if (auto v = args.get(name)) return parse_day(name, *v);
    return std::nullopt;
}

auto max_size(const arguments& args) -> std::uintmax_t {
    const auto text = args.get("--max-size");
    if (!text) return advocacy::default_max_file_size;
    std::uintmax_t value = 0;
    const auto* end = text->data() + text->size();
    const auto [stop, failure] = std::from_chars(text->data(), end, value);
    const std::string_view unit(stop, static_cast<std::size_t>(end - stop));
    const int shift = unit.empty() ? 0 : unit == "K" ? 10 : unit == "M" ? 20 : unit == "G" ? 30 : -1;
    if (failure != std::errc{} || stop == text->data() || shift < 0 || value > (UINTMAX_MAX >> shift)) {
        throw usage_error("--max-size takes a number of bytes, optionally with K, M or G, not \"" + *text + "\"");
    }
    return value << shift;
}

}  // namespace advocacy::cli
