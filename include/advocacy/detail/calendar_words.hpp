// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// The calendar words and marks that readers and writers share: the one table of month and
/// weekday names (and the small words of a range) that every reader looks words up in; the
/// English names the writers print (index 0 = January, 0 = Sunday as
/// date::weekday::c_encoding() counts), RFC 5545 weekday codes, ordinal suffixes and the en dash
/// of "Nov 13–15".
///
/// Adding a language is one change: its rows in calendar_words. Words are compared folded
/// (detail::fold: "Février", "FEVRIER" and "février" are one word), and a folded word may have
/// only one meaning, which the compiler checks: Spanish "mar" (martes, Tuesday) cannot join,
/// since "mar" is March; neither can "ago" (Spanish agosto), an English word.

#include "advocacy/detail/text.hpp"

#include <array>
#include <cstdint>
#include <string_view>

namespace advocacy::detail {

inline constexpr std::array<std::string_view, 12> month_abbr{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
inline constexpr std::array<std::string_view, 12> month_names{"January", "February", "March",     "April",
                                                              "May",     "June",     "July",      "August",
                                                              "September", "October", "November", "December"};
inline constexpr std::array<std::string_view, 7> weekday_abbr{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
inline constexpr std::array<std::string_view, 7> weekday_names{"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                               "Thursday", "Friday", "Saturday"};
/// BYDAY codes of RFC 5545 3.3.10.
inline constexpr std::array<std::string_view, 7> weekday_codes{"SU", "MO", "TU", "WE", "TH", "FR", "SA"};

inline constexpr std::string_view en_dash = "\xE2\x80\x93";

/// What a calendar word is: a month (value 1..12), a weekday (value 0..6 from Sunday), or a word
/// that starts a range ("from"), separates its ends ("to"), joins a day to its month ("of") or
/// joins the days of a list ("and": "June 12 and 16").
enum class calendar_word_kind : std::uint8_t { month, weekday, from, to, of, list };

enum class calendar_language : std::uint8_t { english, french, spanish };

struct calendar_word {
    std::string_view text;  ///< as written, accents and all; compared folded
    calendar_word_kind kind;
    std::uint8_t value;
    calendar_language language;
};

namespace calendar_rows {
using k = calendar_word_kind;
constexpr auto en = calendar_language::english;
constexpr auto fr = calendar_language::french;
constexpr auto es = calendar_language::spanish;
}  // namespace calendar_rows

/// The one table of calendar words. English: full month and weekday names and the abbreviations
/// posters use ("Sept", "Tues", "Thurs", "Weds"). French and Spanish: full names, and the month
/// abbreviations that mean nothing else ("janv", "févr", "avr", "juil", "déc"; "ene", "abr",
/// "dic"); their weekday abbreviations ("mar", "mer", "jeu", "sáb") are left out: "mar" is March.
inline constexpr auto calendar_words = [] {
    using namespace calendar_rows;
    return std::to_array<calendar_word>({
        // English months
        {"january", k::month, 1, en},   {"jan", k::month, 1, en},   {"february", k::month, 2, en},
        {"feb", k::month, 2, en},       {"march", k::month, 3, en}, {"mar", k::month, 3, en},
        {"april", k::month, 4, en},     {"apr", k::month, 4, en},   {"may", k::month, 5, en},
        {"june", k::month, 6, en},      {"jun", k::month, 6, en},   {"july", k::month, 7, en},
        {"jul", k::month, 7, en},       {"august", k::month, 8, en}, {"aug", k::month, 8, en},
        {"september", k::month, 9, en}, {"sep", k::month, 9, en},   {"sept", k::month, 9, en},
        {"october", k::month, 10, en},  {"oct", k::month, 10, en},  {"november", k::month, 11, en},
        {"nov", k::month, 11, en},      {"december", k::month, 12, en}, {"dec", k::month, 12, en},
        // English weekdays
        {"sunday", k::weekday, 0, en},  {"sun", k::weekday, 0, en}, {"monday", k::weekday, 1, en},
        {"mon", k::weekday, 1, en},     {"tuesday", k::weekday, 2, en}, {"tue", k::weekday, 2, en},
        {"tues", k::weekday, 2, en},    {"wednesday", k::weekday, 3, en}, {"wed", k::weekday, 3, en},
        {"weds", k::weekday, 3, en},    {"thursday", k::weekday, 4, en}, {"thu", k::weekday, 4, en},
        {"thur", k::weekday, 4, en},    {"thurs", k::weekday, 4, en}, {"friday", k::weekday, 5, en},
        {"fri", k::weekday, 5, en},     {"saturday", k::weekday, 6, en}, {"sat", k::weekday, 6, en},
        // English range words
        {"from", k::from, 0, en},       {"to", k::to, 0, en},       {"through", k::to, 0, en},
        {"thru", k::to, 0, en},         {"until", k::to, 0, en},    {"till", k::to, 0, en},
        {"of", k::of, 0, en},           {"and", k::list, 0, en},
        // French: "13-15 novembre 2015", "du 13 au 15 novembre 2015"
        {"janvier", k::month, 1, fr},   {"janv", k::month, 1, fr},  {"février", k::month, 2, fr},
        {"févr", k::month, 2, fr},      {"mars", k::month, 3, fr},  {"avril", k::month, 4, fr},
        {"avr", k::month, 4, fr},       {"mai", k::month, 5, fr},   {"juin", k::month, 6, fr},
        {"juillet", k::month, 7, fr},   {"juil", k::month, 7, fr},  {"août", k::month, 8, fr},
        {"septembre", k::month, 9, fr}, {"octobre", k::month, 10, fr}, {"novembre", k::month, 11, fr},
        {"décembre", k::month, 12, fr}, {"déc", k::month, 12, fr},
        {"dimanche", k::weekday, 0, fr}, {"lundi", k::weekday, 1, fr}, {"mardi", k::weekday, 2, fr},
        {"mercredi", k::weekday, 3, fr}, {"jeudi", k::weekday, 4, fr}, {"vendredi", k::weekday, 5, fr},
        {"samedi", k::weekday, 6, fr},
        {"du", k::from, 0, fr},         {"au", k::to, 0, fr},       {"et", k::list, 0, fr},
        // Spanish: "13 al 15 de noviembre de 2015", "del 13 al 15 de noviembre"
        {"enero", k::month, 1, es},     {"ene", k::month, 1, es},   {"febrero", k::month, 2, es},
        {"marzo", k::month, 3, es},     {"abril", k::month, 4, es}, {"abr", k::month, 4, es},
        {"mayo", k::month, 5, es},      {"junio", k::month, 6, es}, {"julio", k::month, 7, es},
        {"agosto", k::month, 8, es},    {"septiembre", k::month, 9, es}, {"setiembre", k::month, 9, es},
        {"octubre", k::month, 10, es},  {"noviembre", k::month, 11, es}, {"diciembre", k::month, 12, es},
        {"dic", k::month, 12, es},
        {"domingo", k::weekday, 0, es}, {"lunes", k::weekday, 1, es}, {"martes", k::weekday, 2, es},
        {"miércoles", k::weekday, 3, es}, {"jueves", k::weekday, 4, es}, {"viernes", k::weekday, 5, es},
        {"sábado", k::weekday, 6, es},
        {"del", k::from, 0, es},        {"al", k::to, 0, es},       {"de", k::of, 0, es},
        {"y", k::list, 0, es},
    });
}();

// ---- looking words up -----------------------------------------------------------------------

/// The most letters a packed word key holds; every word of the table is shorter.
inline constexpr std::size_t longest_calendar_word = 12;

/// Adds a folded ASCII letter to a word key: five bits a letter, so a key holds twelve letters
/// and words of different lengths never share one. Start from 0.
constexpr auto add_to_key(std::uint64_t key, char folded) noexcept -> std::uint64_t {
    return key << 5 | static_cast<std::uint64_t>(folded - 'a' + 1);
}

/// The key of a word (its folded letters), 0 when it is empty, longer than twelve letters, or
/// holds anything that folds to no ASCII letter.
constexpr auto word_key(std::string_view word) noexcept -> std::uint64_t {
    std::uint64_t key = 0;
    std::size_t letters = 0;
    for (std::size_t i = 0; i < word.size();) {
        const auto l = letter_at(word, i);
        if (l.length == 0 || l.folded == 0 || ++letters > longest_calendar_word) return 0;
        key = add_to_key(key, l.folded);
        i += l.length;
    }
    return key;
}

namespace calendar_index_detail {
inline constexpr std::size_t slots = 256;
constexpr auto slot_of(std::uint64_t key) noexcept -> std::size_t {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 56);
}
struct slot {
    std::uint64_t key = 0;
    std::uint8_t row = 0;  // index in calendar_words + 1; 0 for an empty slot
};
// Open addressing over the table's keys, built by the compiler; the first row of a word wins.
inline constexpr auto index = [] {
    std::array<slot, slots> out{};
    for (std::size_t r = 0; r < calendar_words.size(); ++r) {
        const auto key = word_key(calendar_words[r].text);
        auto s = slot_of(key);
        while (out[s].row != 0 && out[s].key != key) s = (s + 1) % slots;
        if (out[s].row == 0) out[s] = {key, static_cast<std::uint8_t>(r + 1)};
    }
    return out;
}();

// Every row is a word of letters, and a folded word has one meaning however many rows give it.
// Each key is computed once: recomputing it per pair exceeds Clang's constexpr step limit.
constexpr auto table_is_sound() noexcept -> bool {
    if (calendar_words.size() >= slots / 2) return false;
    std::array<std::uint64_t, calendar_words.size()> keys{};
    for (std::size_t a = 0; a < calendar_words.size(); ++a) {
        keys[a] = word_key(calendar_words[a].text);
        if (keys[a] == 0) return false;
    }
    for (std::size_t a = 0; a < calendar_words.size(); ++a) {
        for (std::size_t b = a + 1; b < calendar_words.size(); ++b) {
            const auto& x = calendar_words[a];
            const auto& y = calendar_words[b];
            if (keys[a] == keys[b] && (x.kind != y.kind || x.value != y.value)) return false;
        }
    }
    return true;
}
static_assert(table_is_sound(), "a calendar word is not made of letters, or has two meanings");
}  // namespace calendar_index_detail

/// The row of calendar_words a word key (word_key, add_to_key) stands for, nullptr if none.
constexpr auto find_calendar_word(std::uint64_t key) noexcept -> const calendar_word* {
    using namespace calendar_index_detail;
    if (key == 0) return nullptr;
    for (auto s = slot_of(key);; s = (s + 1) % slots) {
        const auto& entry = index[s];
        if (entry.row == 0) return nullptr;
        if (entry.key == key) return &calendar_words[entry.row - 1];
    }
}

/// The row of calendar_words `word` is, compared folded; nullptr if none.
constexpr auto find_calendar_word(std::string_view word) noexcept -> const calendar_word* {
    return find_calendar_word(word_key(word));
}

/// The month (1..12) an English month name or abbreviation names, 0 for any other word: for the
/// readers whose phrases are English (meeting schedules, the start of an announcement's dates).
constexpr auto english_month(std::string_view word) noexcept -> int {
    const auto* w = find_calendar_word(word);
    return w && w->kind == calendar_word_kind::month && w->language == calendar_language::english ? w->value : 0;
}

/// The weekday (0..6 from Sunday) an English weekday name or abbreviation names, -1 for any
/// other word.
constexpr auto english_weekday(std::string_view word) noexcept -> int {
    const auto* w = find_calendar_word(word);
    return w && w->kind == calendar_word_kind::weekday && w->language == calendar_language::english ? w->value : -1;
}

/// "st", "nd", "rd" or "th" for a non-negative `n`: 1st, 2nd, 3rd, 11th, 12th, 13th, 21st.
constexpr auto ordinal_suffix(long long n) noexcept -> std::string_view {
    if (n % 100 >= 11 && n % 100 <= 13) return "th";
    switch (n % 10) {
    case 1: return "st";
    case 2: return "nd";
    case 3: return "rd";
    default: return "th";
    }
}

}  // namespace advocacy::detail
