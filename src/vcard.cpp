// SPDX-License-Identifier: MIT
#include "advocacy/vcard.hpp"

#include "advocacy/detail/checks.hpp"
#include "advocacy/detail/content_line.hpp"
#include "advocacy/error.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

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

class writer {
public:
    explicit writer(vcard_version version) : version_(version) {}

    // One card. `place` may be null (no ADR); `uid_key` names the card for its UID.
    void card(const contact& person, std::string_view organization, const location* place, std::string_view uid_key,
              std::string_view field) {
        const std::string_view name = trim(person.name);
        if (name.empty()) throw validation_error(std::string(field) + ".name", "required: FN may not be empty");
        content_line_writer w(out_);
        w.line("BEGIN:VCARD");
        w.line(version_ == vcard_version::v4 ? "VERSION:4.0" : "VERSION:3.0");
        w.text_property("FN:", name);

        // N is family;given;additional;prefixes;suffixes. Names are written given-first here, so
        // the last word is the family name; a single word is taken as the family name.
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

        if (!organization.empty()) w.text_property("ORG:", organization);
        if (!person.role.empty()) w.text_property("ROLE:", person.role);
        if (!person.email.empty()) {
            w.text_property(version_ == vcard_version::v4 ? "EMAIL;TYPE=work:" : "EMAIL;TYPE=INTERNET:", person.email);
        }
        if (!person.phone.empty()) phone(w, person);
        if (place != nullptr) address(w, *place);
        w.raw_property("UID:", stable_uuid(uid_key));
        w.line("END:VCARD");
    }

    auto take() -> std::string { return std::move(out_); }

private:
    void phone(content_line_writer& w, const contact& person) const {
        if (version_ == vcard_version::v3) {
            w.text_property("TEL;TYPE=VOICE:", person.phone);
            return;
        }
        if (auto uri = tel_uri(person); !uri.empty()) {
            w.head("TEL;VALUE=uri;TYPE=voice:");
            w.raw(uri);
            w.end();
        } else {
            // A local number without a country cannot be a tel: URI; 4.0 allows the text form.
            w.text_property("TEL;VALUE=text;TYPE=voice:", person.phone);
        }
    }

    void address(content_line_writer& w, const location& place) const {
        if (place.address_lines.empty() && place.locality.empty() && place.region.empty() &&
            place.postal_code.empty()) {
            return;  // a country alone says nothing an address book can use
        }
        // ADR is pobox;extended;street;locality;region;code;country; several street lines are
        // the street component's values, separated by commas.
        w.head(version_ == vcard_version::v4 ? "ADR;TYPE=work:;;" : "ADR;TYPE=WORK:;;");
        for (std::size_t i = 0; i < place.address_lines.size(); ++i) {
            if (i != 0) w.raw(",");
            w.text(place.address_lines[i]);
        }
        for (const std::string* part : {&place.locality, &place.region, &place.postal_code, &place.country}) {
            w.raw(";");
            w.text(*part);
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

void write_group(writer& out, const group& g, std::string_view campaign_id) {
    for (std::size_t i = 0; i < g.contacts.size(); ++i) {
        std::string key = "advocacy:";
        key += campaign_id;
        key += ':';
        key += g.id;
        key += ':';
        key += std::to_string(i);
        out.card(g.contacts[i], g.name, &g.place, key,
                 detail::object_name("group", g.id) + ": contacts[" + std::to_string(i) + "]");
    }
}

}  // namespace

auto to_string(vcard_version version) -> std::string_view {
    check_version(version);
    return version == vcard_version::v4 ? "4.0" : "3.0";
}

auto to_vcard(const campaign& c, vcard_version version) -> std::string {
    check_version(version);
    writer out(version);
    for (const auto& g : c.groups()) write_group(out, g, c.id());
    return out.take();
}

auto to_vcard(const group& g, vcard_version version, std::string_view campaign_id) -> std::string {
    check_version(version);
    writer out(version);
    write_group(out, g, campaign_id);
    return out.take();
}

auto to_vcard(std::span<const contact> contacts, std::string_view organization, vcard_version version)
    -> std::string {
    check_version(version);
    writer out(version);
    for (std::size_t i = 0; i < contacts.size(); ++i) {
        std::string key = "advocacy:contacts:";
        key += organization;
        key += ':';
        key += std::to_string(i);
        out.card(contacts[i], organization, nullptr, key, "contacts[" + std::to_string(i) + "]");
    }
    return out.take();
}

}  // namespace advocacy
