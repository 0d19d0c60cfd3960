// SPDX-License-Identifier: MIT
// The progress bar of long reads and writes: on standard error when it is a terminal, and only
// once the work has taken long enough for a person to wonder.
#include "command.hpp"

#include <unistd.h>

#include <cstdio>

namespace advocacy::cli {
namespace {

using clock = std::chrono::steady_clock;

/// Work shorter than this shows no bar at all.
constexpr auto quiet_for = std::chrono::milliseconds(500);
/// The bar is redrawn at most this often.
constexpr auto redraw_every = std::chrono::milliseconds(100);
constexpr std::size_t bar_width = 30;

/// "45.0 MB": a count of bytes in decimal units, one decimal.
auto size_text(std::uintmax_t bytes) -> std::string {
    constexpr std::array<const char*, 4> units = {"kB", "MB", "GB", "TB"};
    if (bytes < 1000) return std::to_string(bytes) + " B";
    auto value = static_cast<double>(bytes) / 1000;
    std::size_t unit = 0;
    while (value >= 1000 && unit + 1 < units.size()) {
        value /= 1000;
        ++unit;
    }
    std::array<char, 32> text{};
    std::snprintf(text.data(), text.size(), "%.1f %s", value, units[unit]);
    return text.data();
}

}  // namespace

progress_bar::progress_bar(std::string what)
    : what_(escaped(what)), shown_(::isatty(STDERR_FILENO) == 1), start_(clock::now()) {}

progress_bar::~progress_bar() { clear(); }

void progress_bar::clear() noexcept {
    if (!drawn_) return;
    // Back to the start of the line, and the line erased: what follows is written as if no bar
    // had been.
    std::fputs("\r\x1b[K", stderr);
    std::fflush(stderr);
    drawn_ = false;
}

void progress_bar::operator()(std::uintmax_t done, std::uintmax_t total) {
    if (!shown_) return;
    const auto now = clock::now();
    if (now - start_ < quiet_for || (drawn_ && now - last_ < redraw_every)) return;
    last_ = now;
    std::string line = "\r" + std::string(program) + ": " + what_ + " ";
    if (total > 0) {
        const std::size_t filled = static_cast<std::size_t>(static_cast<double>(std::min(done, total)) /
                                                            static_cast<double>(total) * bar_width);
        const auto percent = static_cast<unsigned>(static_cast<double>(std::min(done, total)) * 100 / static_cast<double>(total));
        line += "[" + std::string(filled, '#') + std::string(bar_width - filled, '.') + "] " + std::to_string(percent) +
                "% " + size_text(done) + " of " + size_text(total);
    } else {
        line += size_text(done);
    }
    line += "\x1b[K";
    std::fputs(line.c_str(), stderr);
    std::fflush(stderr);
    drawn_ = true;
}

auto progress_bar::function() -> advocacy::progress_function {
    return [this](std::uintmax_t done, std::uintmax_t total) { (*this)(done, total); };
}

}  // namespace advocacy::cli
