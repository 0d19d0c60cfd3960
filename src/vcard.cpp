// SPDX-License-Identifier: MIT
#include "advocacy/vcard.hpp"

#include "advocacy/detail/checks.hpp"
#include "advocacy/detail/content_line.hpp"
#include "advocacy/detail/places.hpp"
#include "advocacy/detail/utf8.hpp"
#include "advocacy/error.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace advocacy {
namespace {

using detail::content_line_writer;

auto trim(std::string_view text) -> std::string_view {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

// A UUID (RFC 9562 version 8: custom, name-based) from `key`, so that exporting the same
// campaign twice gives the same UIDs and address books update cards instead of duplicating them.
// Two FNV-1a hashes with different offset bases give the 128 bits: not cryptographic, only
// stable and well spread.
auto stable_uuid(std::string_view key) -> std::string {
    auto fnv = [&](std::uint64_t hash) {
        for (char c : key) {
            hash ^= static_cast<unsigned char>(c);
            hash *= 0x100000001b3ULL;
        }
        return hash;
    };
    // FNV alone lets keys that differ in their last character share most bits; the MurmurHash3
    // finalizer spreads every input bit over the whole word.
    auto mix = [](std::uint64_t h) {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdULL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53ULL;
        h ^= h >> 33;
        return h;
    };
    std::uint64_t high = mix(fnv(0xcbf29ce484222325ULL));
    std::uint64_t low = mix(fnv(0x84222325cbf29ce4ULL));
    high = (high & ~0xF000ULL) | 0x8000ULL;                        // version 8
    low = (low & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;  // RFC variant
    std::array<unsigned char, 16> bytes{};
    for (std::size_t i = 0; i < 8; ++i) {
        bytes[i] = static_cast<unsigned char>(high >> (56 - 8 * i));
        bytes[8 + i] = static_cast<unsigned char>(low >> (56 - 8 * i));
    }
    constexpr std::string_view hex = "0123456789abcdef";
    std::string out = "urn:uuid:";
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
        out += hex[bytes[i] >> 4];
        out += hex[bytes[i] & 0xF];
    }
    return out;
}

// The digits of a phone's extension ("x12", "ext. 12" -> "12"), empty when it has none.
auto extension_digits(std::string_view phone) -> std::string {
    std::size_t i = 0;
    while (i < phone.size() && !detail::is_alpha(phone[i])) ++i;
    std::string out;
    for (; i < phone.size(); ++i) {
        if (detail::is_digit(phone[i])) out += phone[i];
    }
    return out;
}

// The tel: URI of a phone (RFC 3966), or empty when the number is local and has no known
// country: a NANP number gets +1 and the customary hyphens, "+..." stays as dialled.
auto tel_uri(const contact& person) -> std::string {
    std::string digits = person.phone_digits();
    std::string out;
    const bool plus = !digits.empty() && digits.front() == '+';
    if (!plus && digits.size() == 11 && digits.front() == '1') digits.erase(0, 1);
    if (!plus && digits.size() == 10) {
        out = "tel:+1-" + digits.substr(0, 3) + "-" + digits.substr(3, 3) + "-" + digits.substr(6);
    } else if (plus && digits.size() == 12 && digits[1] == '1') {
        out = "tel:+1-" + digits.substr(2, 3) + "-" + digits.substr(5, 3) + "-" + digits.substr(8);
    } else if (plus && digits.size() > 1) {
        out = "tel:" + digits;
    } else {
        return {};
    }
    if (auto ext = extension_digits(person.phone); !ext.empty()) out += ";ext=" + ext;
    return out;
}

// What makes two contacts one person in an export: the same name and the same email (in any
// case); without an email, the same name and the same phone digits.
auto person_key(const contact& person) -> std::string {
    std::string key(trim(person.name));
    key += '\n';
    if (!person.email.empty()) {
        for (char c : person.email) key += detail::is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
    } else {
        key += '\n';
        key += person.phone_digits();
    }
    return key;
}

// One person of an export and the groups (or organization) each of their entries belongs to.
struct membership {
    const contact* person;
    std::string_view organization;
    const location* place;  // null: no ADR
    std::string field;      // names the entry in an error
};

struct person_card {
    std::string key;
    std::vector<membership> entries;
};

// The people of `entries`, in order of first appearance, each with every entry that is them.
class people {
public:
    void add(membership entry) {
        auto key = person_key(*entry.person);
        const auto [at, added] = index_.try_emplace(key, cards_.size());
        if (added) cards_.push_back({std::move(key), {}});
        cards_[at->second].entries.push_back(std::move(entry));
    }
    auto cards() const noexcept -> const std::vector<person_card>& { return cards_; }

private:
    std::vector<person_card> cards_;
    std::unordered_map<std::string, std::size_t> index_;
};

// Whether an ADR says anything for the place: a country alone says nothing an address book can use.
auto has_address(const location* place) -> bool {
    return place != nullptr && (!place->address_lines.empty() || !place->locality.empty() ||
                                !place->state.empty() || !place->postal_code.empty());
}

class writer {
public:
    explicit writer(vcard_version version) : version_(version) {}

    // One card for a person and every group they are in. With one entry the card has plain ORG,
    // ROLE, EMAIL, TEL and ADR lines. With several, each entry's ORG gets a property group
    // ("group2.ORG", RFC 6350 3.3) and ROLE, EMAIL, TEL and ADR, where the entries differ, carry
    // the same group name, so that a reader can tell which belongs to which organization.
    void card(const person_card& person, std::string_view uid_scope) {
        const contact& first = *person.entries.front().person;
        const std::string_view name = trim(first.name);
        if (name.empty()) {
            throw validation_error(person.entries.front().field + ".name", "required: FN may not be empty");
        }
        content_line_writer w(out_);
        w.line("BEGIN:VCARD");
        w.line(version_ == vcard_version::v4 ? "VERSION:4.0" : "VERSION:3.0");
        w.text_property("FN:", name);
        write_name(w, name);
        const auto& entries = person.entries;
        const bool several = entries.size() > 1;
        const bool same_role = all_same(entries, [](const membership& m) { return std::string_view(m.person->role); });
        const bool same_email = all_same(entries, [](const membership& m) { return std::string_view(m.person->email); });
        const bool same_phone = all_same(entries, [](const membership& m) { return std::string_view(m.person->phone); });
        const bool same_place = all_same(entries, [](const membership& m) {
            return has_address(m.place) ? std::optional<location>(*m.place) : std::nullopt;
        });
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const auto& entry = entries[i];
            const std::string prefix = several ? "group" + std::to_string(i + 1) + "." : std::string();
            if (!entry.organization.empty()) w.text_property(prefix + "ORG:", entry.organization);
            // What all entries share is written once, unscoped, with the first entry's lines.
            const auto scope = [&](bool same) -> std::optional<std::string> {
                if (same) return i == 0 ? std::optional<std::string>("") : std::nullopt;
                return prefix;
            };
            const contact& p = *entry.person;
            if (auto s = scope(same_role); s && !p.role.empty()) w.text_property(*s + "ROLE:", p.role);
            if (auto s = scope(same_email); s && !p.email.empty()) {
                w.text_property(*s + (version_ == vcard_version::v4 ? "EMAIL;TYPE=work:" : "EMAIL;TYPE=INTERNET:"),
                                p.email);
            }
            if (auto s = scope(same_phone); s && !p.phone.empty()) phone(w, *s, p);
            if (auto s = scope(same_place); s && has_address(entry.place)) address(w, *s, *entry.place);
        }
        std::string key = "advocacy:";
        key += uid_scope;
        key += ":person:";
        key += person.key;
        w.raw_property("UID:", stable_uuid(key));
        w.line("END:VCARD");
    }

    auto take() -> std::string { return std::move(out_); }

private:
    template <class Field>
    static auto all_same(const std::vector<membership>& entries, Field field) -> bool {
        for (const auto& entry : entries) {
            if (field(entry) != field(entries.front())) return false;
        }
        return true;
    }

    // N is family;given;additional;prefixes;suffixes. Names are written given-first here, so the
    // last word is the family name; a single word is taken as the family name.
    static void write_name(content_line_writer& w, std::string_view name) {
        const auto space = name.find_last_of(" \t");
        w.head("N:");
        if (space == std::string_view::npos) {
            w.text(name);
            w.raw(";");
        } else {
            w.text(name.substr(space + 1));
            w.raw(";");
            w.text(trim(name.substr(0, space)));
        }
        w.raw(";;;");
        w.end();
    }

    void phone(content_line_writer& w, const std::string& prefix, const contact& person) const {
        if (version_ == vcard_version::v3) {
            w.text_property(prefix + "TEL;TYPE=VOICE:", person.phone);
            return;
        }
        if (auto uri = tel_uri(person); !uri.empty()) {
            w.head(prefix + "TEL;VALUE=uri;TYPE=voice:");
            w.raw(uri);
            w.end();
        } else {
            // A local number without a country cannot be a tel: URI; 4.0 allows the text form.
            w.text_property(prefix + "TEL;VALUE=text;TYPE=voice:", person.phone);
        }
    }

    void address(content_line_writer& w, const std::string& prefix, const location& place) const {
        // ADR is pobox;extended;street;locality;region;code;country; several street lines are
        // the street component's values, separated by commas.
        w.head(prefix + (version_ == vcard_version::v4 ? "ADR;TYPE=work:;;" : "ADR;TYPE=WORK:;;"));
        for (std::size_t i = 0; i < place.address_lines.size(); ++i) {
            if (i != 0) w.raw(",");
            w.text(place.address_lines[i]);
        }
        for (const std::string_view part : {std::string_view(place.locality), place.state.str(),
                                            std::string_view(place.postal_code), std::string_view(place.country)}) {
            w.raw(";");
            w.text(part);
        }
        w.end();
    }

    vcard_version version_;
    std::string out_;
};

void check_version(vcard_version version) {
    if (version != vcard_version::v3 && version != vcard_version::v4) {
        throw validation_error("version", std::to_string(static_cast<int>(version)) + " is not a vCard version: expected 3 or 4");
    }
}

void add_group(people& out, const group& g) {
    for (std::size_t i = 0; i < g.contacts.size(); ++i) {
        out.add({&g.contacts[i], g.name, &g.place,
                 detail::object_name("group", g.id) + ": contacts[" + std::to_string(i) + "]"});
    }
}

auto write(const people& everyone, vcard_version version, std::string_view uid_scope) -> std::string {
    writer out(version);
    for (const auto& person : everyone.cards()) out.card(person, uid_scope);
    return out.take();
}

// ---- reading -----------------------------------------------------------------------------------
//
// read_vcard works in three steps: the text is cut into content lines (unfolded, quoted-printable
// joined and decoded) and those into cards; each card is read into a person and the
// organizations they belong to; the people are then filed into one group per organization.

// One content line: "item1.TEL;TYPE=WORK,VOICE:+1 555 555 0100".
struct property {
    std::size_t line = 0;        // 1-based line where it starts
    std::string group;           // "item1" (lower case), empty when none
    std::string name;            // upper case
    std::vector<std::string> types;  // TYPE values, lower case; 2.1's bare parameters too
    int pref = 0;                // 0: not preferred; 1-100, most preferred first (PREF=, TYPE=pref as 1)
    std::string value_type;      // VALUE, lower case
    std::string value;           // decoded from quoted-printable and its charset, still escaped
    bool unreadable = false;     // its charset could not be turned into UTF-8

    auto has_type(std::string_view type) const -> bool {
        return std::find(types.begin(), types.end(), type) != types.end();
    }
};

struct raw_card {
    std::size_t line = 0;  // of its BEGIN:VCARD
    std::vector<property> properties;
};

auto hex_value(char c) -> int {
    if (detail::is_digit(c)) return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

// Quoted-printable (RFC 2045 6.7): "=C3=A9" is one byte each; soft line breaks are joined already.
auto decode_quoted_printable(std::string_view text) -> std::string {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '=' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
            out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

// Windows-1252 (which Outlook writes, and which contains ISO-8859-1's printable characters) as
// UTF-8. The five bytes it leaves undefined become U+FFFD.
auto utf8_from_windows_1252(std::string_view bytes) -> std::string {
    static constexpr std::array<char16_t, 32> high = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    std::string out;
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        const char32_t code = b >= 0x80 && b < 0xA0 ? high[b - 0x80] : b;
        if (code < 0x80) {
            out += static_cast<char>(code);
        } else if (code < 0x800) {
            out += static_cast<char>(0xC0 | (code >> 6));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else {
            out += static_cast<char>(0xE0 | (code >> 12));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        }
    }
    return out;
}

// Sets `p.value` from the bytes after the colon: quoted-printable decoded, then a value that is
// not UTF-8 read in its CHARSET when that is Latin-1 or Windows-1252; otherwise unreadable.
void decode_value(property& p, std::string_view raw, bool quoted_printable, std::string_view charset) {
    p.value = quoted_printable ? decode_quoted_printable(raw) : std::string(raw);
    if (quoted_printable && p.value.find('\r') != std::string::npos) {
        // an encoded line break ("=0D=0A") is one break, as "\n" is in escaped text
        std::string lf;
        for (std::size_t i = 0; i < p.value.size(); ++i) {
            if (p.value[i] != '\r') {
                lf += p.value[i];
            } else if (i + 1 >= p.value.size() || p.value[i + 1] != '\n') {
                lf += '\n';
            }
        }
        p.value = std::move(lf);
    }
    if (detail::first_invalid_utf8(p.value) == std::string_view::npos) return;
    if (charset == "iso-8859-1" || charset == "latin1" || charset == "windows-1252" || charset == "cp1252" ||
        charset == "iso-8859-15") {
        p.value = utf8_from_windows_1252(p.value);
    } else {
        p.unreadable = true;
    }
}

// The parameter list of a content line, ";TYPE=WORK;TYPE=VOICE" or 2.1's ";WORK;VOICE", into `p`.
void read_parameters(property& p, std::string_view params, bool& quoted_printable, std::string& charset) {
    std::size_t i = 0;
    while (i < params.size()) {
        // one parameter: up to the next ';' outside double quotes
        std::size_t end = i;
        bool in_quotes = false;
        while (end < params.size() && (in_quotes || params[end] != ';')) {
            if (params[end] == '"') in_quotes = !in_quotes;
            ++end;
        }
        const auto param = params.substr(i, end - i);
        i = end + 1;
        const auto eq = param.find('=');
        const std::string name = detail::ascii_lower(trim(param.substr(0, eq)));
        if (eq == std::string_view::npos) {
            // vCard 2.1: a bare type or encoding
            if (name == "quoted-printable") {
                quoted_printable = true;
            } else if (name == "pref") {
                p.pref = 1;
            } else if (name != "base64" && name != "8bit" && name != "7bit" && !name.empty()) {
                p.types.push_back(name);
            }
            continue;
        }
        auto values = param.substr(eq + 1);
        for (std::size_t start = 0; start <= values.size();) {
            auto comma = values.find(',', start);
            if (comma == std::string_view::npos) comma = values.size();
            auto value = trim(values.substr(start, comma - start));
            if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
            const std::string v = detail::ascii_lower(value);
            if (name == "type") {
                if (v == "pref") p.pref = 1;
                else if (!v.empty()) p.types.push_back(v);
            } else if (name == "pref") {
                int rank = 0;
                for (char c : v) rank = detail::is_digit(c) && rank < 100 ? rank * 10 + (c - '0') : 100;
                p.pref = rank < 1 || rank > 100 ? 100 : rank;
            } else if (name == "encoding") {
                quoted_printable = quoted_printable || v == "quoted-printable";
            } else if (name == "charset") {
                charset = v;
            } else if (name == "value") {
                p.value_type = v;
            }
            start = comma + 1;
        }
    }
}

// A logical line into a property; false when it is not a content line ("name:value").
auto read_property(std::string_view logical, std::size_t line, property& p) -> bool {
    std::size_t i = 0;
    while (i < logical.size() && (detail::is_alpha(logical[i]) || detail::is_digit(logical[i]) ||
                                  logical[i] == '-' || logical[i] == '_' || logical[i] == '.')) {
        ++i;
    }
    if (i == 0 || i == logical.size() || (logical[i] != ';' && logical[i] != ':')) return false;
    const auto full_name = logical.substr(0, i);
    const auto dot = full_name.rfind('.');
    p.line = line;
    p.group = dot == std::string_view::npos ? std::string() : detail::ascii_lower(full_name.substr(0, dot));
    p.name = std::string(dot == std::string_view::npos ? full_name : full_name.substr(dot + 1));
    for (char& c : p.name) c = detail::is_alpha(c) ? static_cast<char>(c & ~0x20) : c;
    if (p.name.empty()) return false;
    // the colon that ends the parameters is the first outside double quotes
    std::size_t colon = i;
    bool in_quotes = false;
    while (colon < logical.size() && (in_quotes || logical[colon] != ':')) {
        if (logical[colon] == '"') in_quotes = !in_quotes;
        ++colon;
    }
    if (colon == logical.size()) return false;
    bool quoted_printable = false;
    std::string charset;
    if (logical[i] == ';') read_parameters(p, logical.substr(i + 1, colon - i - 1), quoted_printable, charset);
    decode_value(p, logical.substr(colon + 1), quoted_printable, charset);
    return true;
}

// Cuts the text into logical lines: a line that starts with a space or a tab continues the one
// before (folding), and a quoted-printable line ending in '=' continues on the next (a soft line
// break). CRLF and LF line ends.
class line_reader {
public:
    explicit line_reader(std::string_view text) : text_(text) {}

    // The next logical line into `out` and its first line's number; false at the end.
    auto next(std::string& out, std::size_t& line) -> bool {
        if (pos_ >= text_.size()) return false;
        line = number_ + 1;
        out.assign(physical());
        std::optional<bool> quoted_printable;
        while (pos_ < text_.size()) {
            // A soft line break first: the next line is quoted-printable text, spaces and all.
            if (!out.empty() && out.back() == '=') {
                if (!quoted_printable) quoted_printable = is_quoted_printable(out);
                if (*quoted_printable) {
                    out.pop_back();
                    out.append(physical());
                    continue;
                }
            }
            const char first = text_[pos_];
            if (first != ' ' && first != '\t') break;
            out.append(physical().substr(1));
        }
        return true;
    }

private:
    auto physical() -> std::string_view {
        auto end = text_.find('\n', pos_);
        if (end == std::string_view::npos) end = text_.size();
        auto piece = text_.substr(pos_, end - pos_);
        if (piece.ends_with('\r')) piece.remove_suffix(1);
        pos_ = end + 1;
        ++number_;
        return piece;
    }

    static auto is_quoted_printable(std::string_view logical) -> bool {
        const auto head = detail::ascii_lower(logical.substr(0, logical.find(':')));
        return head.find("quoted-printable") != std::string::npos;
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    std::size_t number_ = 0;
};

auto is_blank_line(std::string_view line) -> bool { return trim(line).empty(); }

auto shortened(std::string_view text) -> std::string {
    constexpr std::size_t most = 60;
    if (text.size() <= most) return std::string(text);
    std::size_t cut = most;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // whole characters
    return std::string(text.substr(0, cut)) + "...";
}

// The cards of a text, and a warning for every line that is not in one.
auto read_cards(std::string_view text, std::vector<import_warning>& warnings) -> std::vector<raw_card> {
    std::vector<raw_card> cards;
    std::optional<raw_card> open;
    bool outside_warned = false;  // one warning per run of lines between cards
    line_reader lines(text.substr(detail::bom_length(text)));
    std::string logical;
    std::size_t line = 0;
    while (lines.next(logical, line)) {
        if (is_blank_line(logical)) continue;
        property p;
        const bool content = read_property(logical, line, p);
        const bool begin = content && p.name == "BEGIN" && detail::equal_ignoring_case(trim(p.value), "VCARD");
        const bool end = content && p.name == "END" && detail::equal_ignoring_case(trim(p.value), "VCARD");
        if (begin) {
            if (open) {
                warnings.push_back({open->line, "BEGIN:VCARD",
                                    "a card not closed by END:VCARD before the next BEGIN:VCARD (line " +
                                        std::to_string(line) + "): card left out"});
            }
            open = raw_card{line, {}};
            outside_warned = false;
        } else if (end && open) {
            cards.push_back(std::move(*open));
            open.reset();
        } else if (open && content) {
            open->properties.push_back(std::move(p));
        } else if (open) {
            warnings.push_back({line, shortened(logical), "not a content line (NAME:value) of a vCard: line left out"});
        } else if (!outside_warned) {
            warnings.push_back({line, shortened(logical),
                                "text outside a card (BEGIN:VCARD ... END:VCARD): left out up to the next card"});
            outside_warned = true;
        }
    }
    if (open) {
        warnings.push_back({open->line, "BEGIN:VCARD", "a card never closed by END:VCARD: card left out"});
    }
    return cards;
}

// ---- from properties to a person ---------------------------------------------------------------

// The pieces of a structured value (N, ORG, ADR) split at `separator` where it is not escaped.
auto split_unescaped(std::string_view value, char separator) -> std::vector<std::string_view> {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] == '\\') {
            ++i;
        } else if (value[i] == separator) {
            out.push_back(value.substr(start, i - start));
            start = i + 1;
        }
    }
    out.push_back(value.substr(start));
    return out;
}

// A TEXT value with its escapes (\\ \; \, \n \N) undone; other backslashes stay.
auto unescape(std::string_view value) -> std::string {
    std::string out;
    out.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] != '\\' || i + 1 == value.size()) {
            out += value[i];
            continue;
        }
        const char next = value[i + 1];
        if (next == 'n' || next == 'N') {
            out += '\n';
        } else if (next == '\\' || next == ';' || next == ',' || next == ':') {
            out += next;
        } else {
            out += '\\';
            out += next;
        }
        ++i;
    }
    return out;
}

// A value for a one-line field: line breaks become spaces, other control characters but TAB are
// dropped (as the writer drops them), the ends trimmed. A value that shows nothing (only spaces,
// no-break spaces and C1 controls, see detail::is_blank) reads as empty, as the model would refuse
// it as a name.
auto one_line(std::string_view text) -> std::string {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\r' || c == '\n') {
            out += ' ';
        } else if ((u >= 0x20 && u != 0x7F) || c == '\t') {
            out += c;
        }
    }
    if (detail::is_blank(out)) return {};
    return std::string(trim(out));
}

auto text_of(const property& p) -> std::string { return one_line(unescape(p.value)); }

// Properties the model has no place for and a user would not miss: the card's own bookkeeping
// (VERSION, PRODID, REV, UID), pictures and keys, a formatted copy of the address (LABEL),
// address-book housekeeping, and every X- extension.
auto silently_ignored(std::string_view name) -> bool {
    static constexpr std::array<std::string_view, 20> names = {
        "VERSION", "PRODID", "REV",  "UID",    "PHOTO", "LOGO",   "SOUND",   "KEY",          "LABEL", "CATEGORIES",
        "CLASS",   "SORT-STRING", "MAILER", "TZ",  "GEO",   "SOURCE", "NAME",    "PROFILE", "CLIENTPIDMAP", "XML"};
    return name.starts_with("X-") || std::find(names.begin(), names.end(), name) != names.end();
}

// What a card says that the model keeps.
struct card_fields {
    std::vector<const property*> fn, n, org, role, title, email, tel, adr, kind;
    std::vector<std::string> lost;  // what the model cannot hold, named for the warning
    std::unordered_set<std::string> named;  // what `lost` names already: each name once, in O(1)
};

void note_lost(card_fields& f, std::string what) {
    if (f.named.insert(what).second) f.lost.push_back(std::move(what));
}

auto sort_properties(const raw_card& card) -> card_fields {
    card_fields f;
    for (const auto& p : card.properties) {
        const std::string& n = p.name;
        if (p.unreadable) {
            if (!silently_ignored(n)) note_lost(f, n + " (not UTF-8, and its CHARSET is not one read here)");
            continue;
        }
        auto* list = n == "FN" ? &f.fn : n == "N" ? &f.n : n == "ORG" ? &f.org : n == "ROLE" ? &f.role
                   : n == "TITLE" ? &f.title : n == "EMAIL" ? &f.email : n == "TEL" ? &f.tel : n == "ADR" ? &f.adr
                   : n == "KIND" || n == "X-ADDRESSBOOKSERVER-KIND" ? &f.kind : nullptr;
        if (list != nullptr) {
            list->push_back(&p);
        } else if (!silently_ignored(n)) {
            note_lost(f, n);
        }
    }
    return f;
}

// "Dr. Ana María Soto Jr." from N's family;given;additional;prefixes;suffixes.
auto name_from_n(const property& n) -> std::string {
    const auto parts = split_unescaped(n.value, ';');
    std::string out;
    for (std::size_t index : {3u, 1u, 2u, 0u, 4u}) {
        if (index >= parts.size()) continue;
        for (auto piece : split_unescaped(parts[index], ',')) {
            const auto text = one_line(unescape(piece));
            if (text.empty()) continue;
            if (!out.empty()) out += ' ';
            out += text;
        }
    }
    return out;
}

// The email, without a "mailto:", if it is one the model accepts.
auto email_of(const property& p) -> std::optional<std::string> {
    auto text = text_of(p);
    if (text.size() > 7 && detail::equal_ignoring_case(std::string_view(text).substr(0, 7), "mailto:")) text.erase(0, 7);
    try {
        validate(contact{.name = "x", .email = text});
    } catch (const validation_error&) {
        return std::nullopt;
    }
    return text;
}

// The phone as written for people: a tel: URI's number with its ";ext=12" as " x12".
auto phone_of(const property& p) -> std::optional<std::string> {
    std::string text = p.value_type == "uri" || p.value.starts_with("tel:") || p.value.starts_with("TEL:")
                           ? std::string(p.value)
                           : text_of(p);
    if (detail::equal_ignoring_case(std::string_view(text).substr(0, std::min<std::size_t>(4, text.size())), "tel:")) {
        const auto uri = std::string_view(text).substr(4);
        const auto parts = split_unescaped(uri, ';');
        std::string number(parts.front());
        for (std::size_t i = 1; i < parts.size(); ++i) {
            if (detail::equal_ignoring_case(parts[i].substr(0, std::min<std::size_t>(4, parts[i].size())), "ext=")) {
                number += " x" + std::string(parts[i].substr(4));
            }
        }
        text = number;
    }
    try {
        validate(contact{.name = "x", .phone = text});
    } catch (const validation_error&) {
        return std::nullopt;
    }
    return text;
}

// A state or province as the model holds it: "MN" as it is; "Minnesota", "Ontario" or "Bavaria"
// as its ISO 3166-2 code in `country`.
auto region_code(std::string_view text, std::string_view country) -> std::optional<state_code> {
    if (state_code::valid(text)) return state_code{text};
    if (const auto* row = detail::subdivision_named(text, country); row != nullptr && state_code::valid(row->code)) {
        return state_code{row->code};
    }
    return std::nullopt;
}

// A country as the model holds it (ISO 3166-1 alpha-2): "US", "us", or a name ISO 3166-1 gives
// ("Germany", "United States of America") or a usual other one ("USA", "UK").
auto country_code(std::string_view text) -> std::optional<std::string> {
    if (text.empty()) return std::string("US");  // the model's default: most address books leave it out
    if (text.size() == 2 && detail::is_alpha(text[0]) && detail::is_alpha(text[1])) {
        return std::string{static_cast<char>(text[0] & ~0x20), static_cast<char>(text[1] & ~0x20)};
    }
    if (const auto* row = detail::country_named(text)) return std::string(row->alpha_2);
    return std::nullopt;
}

// The values of one ADR component, unescaped, one per line.
auto address_values(std::string_view component, std::vector<std::string>& out) {
    for (auto piece : split_unescaped(component, ',')) {
        const auto text = unescape(piece);
        for (std::size_t start = 0; start <= text.size();) {
            auto end = text.find('\n', start);
            if (end == std::string::npos) end = text.size();
            if (auto line = one_line(std::string_view(text).substr(start, end - start)); !line.empty()) {
                out.push_back(std::move(line));
            }
            start = end + 1;
        }
    }
}

auto joined_component(std::string_view component) -> std::string {
    std::vector<std::string> values;
    address_values(component, values);
    std::string out;
    for (const auto& v : values) out += (out.empty() ? "" : ", ") + v;
    return out;
}

// ADR (pobox;extended;street;locality;region;code;country) as a location; nullopt when it is
// empty, or names in `lost` what cannot be held (an unknown country leaves the whole address out:
// a wrong country would be worse than none).
auto place_of(const property& adr, std::vector<std::string>& lost) -> std::optional<location> {
    const auto parts = split_unescaped(adr.value, ';');
    const auto part = [&](std::size_t i) { return i < parts.size() ? parts[i] : std::string_view(); };
    location place;
    address_values(part(2), place.address_lines);
    address_values(part(1), place.address_lines);
    address_values(part(0), place.address_lines);
    place.locality = joined_component(part(3));
    const auto region = joined_component(part(4));
    place.postal_code = joined_component(part(5));
    const auto country = joined_component(part(6));
    if (place.address_lines.empty() && place.locality.empty() && region.empty() && place.postal_code.empty()) {
        return std::nullopt;
    }
    const auto code = country_code(country);
    if (!code) {
        lost.push_back("ADR " + detail::quoted(one_line(unescape(adr.value))) + " (country " + detail::quoted(country) +
                       " is not a known name or ISO 3166 code)");
        return std::nullopt;
    }
    place.country = *code;
    if (auto state = region_code(region, place.country)) {
        place.state = *state;
    } else {
        lost.push_back("ADR region " + detail::quoted(region) + " (not a state or province code)");
    }
    try {
        validate(place);
    } catch (const validation_error& e) {
        lost.push_back("ADR " + detail::quoted(one_line(unescape(adr.value))) + " (" + e.what() + ")");
        return std::nullopt;
    }
    return place;
}

// The property to keep of several: the most preferred one (the first of equals), else the first
// with `type`, else the first.
auto pick(const std::vector<const property*>& list, std::string_view type = {}) -> const property* {
    if (list.empty()) return nullptr;
    const property* best = nullptr;
    for (const auto* p : list) {
        if (p->pref != 0 && (best == nullptr || p->pref < best->pref)) best = p;
    }
    if (best != nullptr) return best;
    if (!type.empty()) {
        for (const auto* p : list) {
            if (p->has_type(type)) return p;
        }
    }
    return list.front();
}

// What one organization's entry of a person holds: the card's values, or those of the ORG's
// property group where the card has them ("group2.ROLE" belongs with "group2.ORG").
struct entry_fields {
    std::string organization;  // empty: the card has no ORG
    std::string role, email, phone;
    std::optional<location> place;
};

// A person read from a card: the name, and one entry per ORG (one without an organization when
// the card has none).
struct person {
    std::size_t line = 0;
    std::string name;
    std::vector<entry_fields> entries;
    std::vector<std::string> lost;
};

// The ROLE, TITLE, EMAIL, TEL and ADR of one property group of a card ("" for those of no ORG's).
struct scoped_fields {
    std::vector<const property*> role, title, email, tel, adr;
};

class card_reader {
public:
    // Files each property under its ORG's property group, or under "" when it belongs to none,
    // once: a card with many ORGs costs no more than its lines.
    card_reader(const card_fields& fields, std::vector<std::string>& lost) : lost_(lost) {
        std::unordered_set<std::string_view> org_groups;
        for (const auto* org : fields.org) {
            if (!org->group.empty()) org_groups.insert(org->group);
        }
        const auto file = [&](const std::vector<const property*>& list, std::vector<const property*> scoped_fields::*member) {
            for (const auto* p : list) {
                const bool scoped = !p->group.empty() && org_groups.contains(p->group);
                (groups_[scoped ? p->group : std::string()].*member).push_back(p);
            }
        };
        file(fields.role, &scoped_fields::role);
        file(fields.title, &scoped_fields::title);
        file(fields.email, &scoped_fields::email);
        file(fields.tel, &scoped_fields::tel);
        file(fields.adr, &scoped_fields::adr);
    }

    // The entry for the properties of `group` ("" for the card's own).
    auto entry(const std::string& group) -> entry_fields {
        const auto& s = fields_of(group);
        entry_fields e;
        e.role = role(s);
        e.email = email(s);
        e.phone = phone(s);
        e.place = place(s);
        return e;
    }

    // The entry of an ORG in property group `group`: what the group says, and for what it does
    // not say, what the card says for all its organizations (`shared`).
    auto entry(const std::string& group, const entry_fields& shared) -> entry_fields {
        auto e = entry(group);
        const auto& s = fields_of(group);
        if (s.role.empty() && s.title.empty()) e.role = shared.role;
        if (s.email.empty()) e.email = shared.email;
        if (s.tel.empty()) e.phone = shared.phone;
        if (s.adr.empty()) e.place = shared.place;
        return e;
    }

private:
    auto fields_of(const std::string& group) const -> const scoped_fields& {
        static const scoped_fields none;
        const auto at = groups_.find(group);
        return at == groups_.end() ? none : at->second;
    }

    auto role(const scoped_fields& s) -> std::string {
        const auto& roles = s.role;
        const auto& titles = s.title;
        const auto* keep = pick(roles.empty() ? titles : roles);
        for (const auto* list : {&roles, &titles}) {
            for (const auto* p : *list) {
                if (p == keep || text_of(*p) == text_of(*keep)) continue;
                lost_.push_back(p->name + " " + detail::quoted(text_of(*p)));
            }
        }
        return keep ? text_of(*keep) : std::string();
    }

    auto email(const scoped_fields& s) -> std::string {
        std::vector<std::pair<const property*, std::string>> good;
        for (const auto* p : s.email) {
            if (auto address = email_of(*p)) {
                good.emplace_back(p, *address);
            } else {
                lost_.push_back("EMAIL " + detail::quoted(text_of(*p)) + " (not an email address)");
            }
        }
        return keep_one("EMAIL", good, "work");
    }

    auto phone(const scoped_fields& s) -> std::string {
        auto list = s.tel;
        // A fax or pager number is kept only when the card has no other.
        std::stable_partition(list.begin(), list.end(),
                              [](const property* p) { return !p->has_type("fax") && !p->has_type("pager"); });
        std::vector<std::pair<const property*, std::string>> good;
        for (const auto* p : list) {
            if (auto number = phone_of(*p)) {
                good.emplace_back(p, *number);
            } else {
                lost_.push_back("TEL " + detail::quoted(text_of(*p)) + " (not a phone number)");
            }
        }
        return keep_one("TEL", good, "work");
    }

    auto place(const scoped_fields& s) -> std::optional<location> {
        const auto& list = s.adr;
        const auto* keep = pick(list, "work");
        for (const auto* p : list) {
            if (p != keep) lost_.push_back("ADR " + detail::quoted(one_line(unescape(p->value))));
        }
        return keep ? place_of(*keep, lost_) : std::nullopt;
    }

    auto keep_one(std::string_view name, const std::vector<std::pair<const property*, std::string>>& good,
                  std::string_view type) -> std::string {
        if (good.empty()) return {};
        // fax and pager numbers come last: they are candidates only when there is no other
        const auto secondary = [](const property* p) { return p->has_type("fax") || p->has_type("pager"); };
        std::vector<const property*> list;
        for (const auto& g : good) {
            if (!secondary(g.first) || secondary(good.front().first)) list.push_back(g.first);
        }
        const auto* keep = pick(list, type);
        std::string kept;
        for (const auto& [p, text] : good) {
            if (p == keep) kept = text;
        }
        for (const auto& [p, text] : good) {
            if (p != keep && text != kept) lost_.push_back(std::string(name) + " " + detail::quoted(text));
        }
        return kept;
    }

    std::vector<std::string>& lost_;
    std::unordered_map<std::string, scoped_fields> groups_;
};

// The organization an ORG names: its name and units ("Example Coalition;Twin Cities") joined by ", ".
auto organization_of(const property& org) -> std::string {
    std::string out;
    for (auto unit : split_unescaped(org.value, ';')) {
        const auto text = one_line(unescape(unit));
        if (text.empty()) continue;
        if (!out.empty()) out += ", ";
        out += text;
    }
    return out;
}

// A name for a card in a warning: its FN, else its UID, else nothing.
auto card_label(const raw_card& card) -> std::string {
    for (const char* name : {"FN", "UID"}) {
        for (const auto& p : card.properties) {
            if (p.name == name && !p.unreadable) return shortened(text_of(p));
        }
    }
    return {};
}

// One card as a person; nullopt (with a warning) for a card that names nobody.
auto read_person(const raw_card& card, std::vector<import_warning>& warnings) -> std::optional<person> {
    card_fields f = sort_properties(card);
    for (const auto* kind : f.kind) {
        const auto k = detail::ascii_lower(text_of(*kind));
        if (k == "group" || k == "org" || k == "location") {
            warnings.push_back({card.line, card_label(card),
                                "a card of KIND " + k + ", not a person: left out (the members come in by their own cards)"});
            return std::nullopt;
        }
    }
    person out;
    out.line = card.line;
    std::vector<std::string>& lost = f.lost;
    if (!f.fn.empty()) out.name = text_of(*f.fn.front());
    for (std::size_t i = 1; i < f.fn.size(); ++i) {
        if (text_of(*f.fn[i]) != out.name) lost.push_back("FN " + detail::quoted(text_of(*f.fn[i])));
    }
    if (out.name.empty() && !f.n.empty()) out.name = name_from_n(*f.n.front());

    card_reader reader(f, lost);
    const auto shared = reader.entry("");
    if (f.org.empty()) out.entries.push_back(shared);
    for (const auto* org : f.org) {
        auto e = org->group.empty() ? shared : reader.entry(org->group, shared);
        e.organization = organization_of(*org);
        out.entries.push_back(std::move(e));
    }
    if (out.name.empty()) {
        const auto& first = out.entries.front();
        out.name = !first.email.empty() ? first.email : first.phone;
        if (out.name.empty()) {
            warnings.push_back({card.line, card_label(card), "a card without FN, N, EMAIL or TEL: nobody to import"});
            return std::nullopt;
        }
        lost.push_back("a name (no FN or N: named after its " + std::string(first.email.empty() ? "TEL" : "EMAIL") + ")");
    }
    out.lost = std::move(lost);
    return out;
}

// ---- from people to groups ---------------------------------------------------------------------

// A place in full for a message: "2 Road, Town, DE" (to_string leaves the street out).
auto address_text(const location& place) -> std::string {
    std::string out;
    for (const auto& line : place.address_lines) out += (out.empty() ? "" : ", ") + line;
    for (const std::string_view part : {std::string_view(place.locality), place.state.str(),
                                        std::string_view(place.postal_code), std::string_view(place.country)}) {
        if (!part.empty()) (out += out.empty() ? "" : ", ") += part;
    }
    return out;
}

constexpr std::string_view unaffiliated_name = "Contacts without an organization";

class group_filer {
public:
    // Files the person into the group of each of their entries.
    void file(person& p) {
        for (auto& e : p.entries) {
            auto& g = group_named(e.organization);
            g.value.contacts.push_back(contact{.name = p.name, .role = e.role, .email = e.email, .phone = e.phone});
            if (!e.place) continue;
            if (e.organization.empty()) {
                p.lost.push_back("ADR " + detail::quoted(address_text(*e.place)) + " (a card without ORG has no group place)");
            } else if (!g.has_place) {
                g.value.place = std::move(*e.place);
                g.has_place = true;
            } else if (*e.place != g.value.place) {
                p.lost.push_back("ADR " + detail::quoted(address_text(*e.place)) + " (the group " +
                                 detail::quoted(g.value.name) + " is at " + detail::quoted(address_text(g.value.place)) +
                                 ", from the first card with an address)");
            }
        }
        if (p.entries.size() == 1 && p.entries.front().organization.empty()) {
            ++unaffiliated_cards_;
            if (first_unaffiliated_line_ == 0) first_unaffiliated_line_ = p.line;
        }
    }

    // The warning that names the group of cards without ORG, if there is one.
    auto unaffiliated_warning() const -> std::optional<import_warning> {
        if (unaffiliated_cards_ == 0) return std::nullopt;
        const auto& g = groups_[index_.at("")].value;
        return import_warning{first_unaffiliated_line_, std::string(unaffiliated_name),
                              std::to_string(unaffiliated_cards_) + (unaffiliated_cards_ == 1 ? " card" : " cards") +
                                  " without ORG: put in the group " + detail::quoted(g.id)};
    }

    auto take() -> std::vector<group> {
        std::vector<group> out;
        out.reserve(groups_.size());
        for (auto& g : groups_) out.push_back(std::move(g.value));
        return out;
    }

private:
    struct filed_group {
        group value;
        bool has_place = false;
    };

    auto group_named(const std::string& organization) -> filed_group& {
        const auto [at, added] = index_.try_emplace(organization, groups_.size());
        if (added) {
            const std::string_view name = organization.empty() ? unaffiliated_name : std::string_view(organization);
            auto id = organization.empty() ? std::string("unaffiliated") : detail::slug(name, "group");
            for (int n = 2; !ids_.insert(id).second; ++n) {
                id = (organization.empty() ? std::string("unaffiliated") : detail::slug(name, "group")) + "-" + std::to_string(n);
            }
            groups_.push_back({group{.id = std::move(id), .name = std::string(name)}, false});
        }
        return groups_[at->second];
    }

    std::vector<filed_group> groups_;
    std::unordered_map<std::string, std::size_t> index_;
    std::unordered_set<std::string> ids_;
    std::size_t unaffiliated_cards_ = 0;
    std::size_t first_unaffiliated_line_ = 0;
};

auto joined(const std::vector<std::string>& items) -> std::string {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : "; ") + item;
    return out;
}

}  // namespace

auto to_string(vcard_version version) -> std::string_view {
    check_version(version);
    return version == vcard_version::v4 ? "4.0" : "3.0";
}

auto to_vcard(const campaign& c, vcard_version version) -> std::string {
    check_version(version);
    const auto groups = c.groups();  // a copy: the cards point into it
    people everyone;
    for (const auto& g : groups) add_group(everyone, g);
    return write(everyone, version, c.id());
}

auto to_vcard(const group& g, vcard_version version, std::string_view campaign_id) -> std::string {
    check_version(version);
    people everyone;
    add_group(everyone, g);
    return write(everyone, version, campaign_id);
}

auto to_vcard(std::span<const contact> contacts, std::string_view organization, vcard_version version)
    -> std::string {
    check_version(version);
    people everyone;
    for (std::size_t i = 0; i < contacts.size(); ++i) {
        everyone.add({&contacts[i], organization, nullptr, "contacts[" + std::to_string(i) + "]"});
    }
    return write(everyone, version, "contacts:" + std::string(organization));
}

auto read_vcard(std::string_view text) -> import_result {
    std::vector<import_warning> warnings;
    const auto cards = read_cards(text, warnings);
    group_filer filer;
    for (const auto& card : cards) {
        auto someone = read_person(card, warnings);
        if (!someone) continue;
        filer.file(*someone);
        if (!someone->lost.empty()) {
            warnings.push_back({someone->line, someone->name,
                                "imported; left out what a group's contact cannot hold: " + joined(someone->lost)});
        }
    }
    if (auto w = filer.unaffiliated_warning()) warnings.push_back(std::move(*w));
    if (cards.empty()) {
        warnings.push_back({1, "", "no complete vCard (BEGIN:VCARD ... END:VCARD) in the text: nothing imported"});
    }
    campaign c("imported", "Contacts");
    c.add_groups(filer.take());
    std::stable_sort(warnings.begin(), warnings.end(),
                     [](const import_warning& a, const import_warning& b) { return a.line < b.line; });
    return {std::move(c), std::move(warnings)};
}

}  // namespace advocacy
