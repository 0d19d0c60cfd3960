// SPDX-License-Identifier: MIT
#include "advocacy/vcard.hpp"

#include "advocacy/detail/content_line.hpp"
#include "advocacy/error.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>

#include <string>
#include <string_view>
#include <vector>

using namespace advocacy::literals;

namespace {

auto twin_cities() -> advocacy::group {
    advocacy::group g;
    g.id = "twin-cities-55";
    g.name = "Twin Cities Group 55";
    g.place.address_lines = {"2400 Example Ave S", "Suite 3"};
    g.place.locality = "Minneapolis";
    g.place.state = "MN"_state;
    g.place.postal_code = "55405";
    g.contacts.push_back({"Dana Reyes", "Group coordinator", "dana@example.org", "(612) 555-0143"});
    g.contacts.push_back({"Lee", "", "", "+44 20 7946 0958 x12"});
    return g;
}

// The physical lines of a content stream, without their CRLF; fails if a line ends otherwise.
auto physical_lines(const std::string& text) -> std::vector<std::string> {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find("\r\n", start);
        BOOST_TEST_REQUIRE(end != std::string::npos, "the text must end with CRLF");
        out.push_back(text.substr(start, end - start));
        start = end + 2;
    }
    return out;
}

auto unfold(const std::string& text) -> std::string {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 3, "\r\n ") == 0) {
            i += 2;
            continue;
        }
        out += text[i];
    }
    return out;
}

auto count(const std::string& text, const std::string& what) -> std::size_t {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// One content line as the shared writer writes it: `head`, then `value` as a TEXT value.
auto text_line(std::string_view value, std::string_view head = {}) -> std::string {
    std::string out;
    advocacy::detail::content_line_writer w(out);
    w.head(head);
    w.text(value);
    w.end();
    return out;
}

// One content line of unescaped text, as the shared writer folds it.
auto raw_line(std::string_view value) -> std::string {
    std::string out;
    advocacy::detail::content_line_writer w(out);
    w.line(value);
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(vcard)

BOOST_AUTO_TEST_CASE(version_4_golden) {
    const std::string expected =
        "BEGIN:VCARD\r\n"
        "VERSION:4.0\r\n"
        "FN:Dana Reyes\r\n"
        "N:Reyes;Dana;;;\r\n"
        "ORG:Twin Cities Group 55\r\n"
        "ROLE:Group coordinator\r\n"
        "EMAIL;TYPE=work:dana@example.org\r\n"
        "TEL;VALUE=uri;TYPE=voice:tel:+1-612-555-0143\r\n"
        "ADR;TYPE=work:;;2400 Example Ave S,Suite 3;Minneapolis;MN;55405;US\r\n"
        "UID:urn:uuid:4a9797ef-0686-8c69-bfe7-01d3a245574f\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\n"
        "VERSION:4.0\r\n"
        "FN:Lee\r\n"
        "N:Lee;;;;\r\n"
        "ORG:Twin Cities Group 55\r\n"
        "TEL;VALUE=uri;TYPE=voice:tel:+442079460958;ext=12\r\n"
        "ADR;TYPE=work:;;2400 Example Ave S,Suite 3;Minneapolis;MN;55405;US\r\n"
        "UID:urn:uuid:17184ad3-0327-8439-b91f-728e844f5074\r\n"
        "END:VCARD\r\n";
    BOOST_TEST(advocacy::to_vcard(twin_cities(), advocacy::vcard_version::v4, "defend-2015") == expected);
}

BOOST_AUTO_TEST_CASE(version_3_golden) {
    const std::string expected =
        "BEGIN:VCARD\r\n"
        "VERSION:3.0\r\n"
        "FN:Dana Reyes\r\n"
        "N:Reyes;Dana;;;\r\n"
        "ORG:Twin Cities Group 55\r\n"
        "ROLE:Group coordinator\r\n"
        "EMAIL;TYPE=INTERNET:dana@example.org\r\n"
        "TEL;TYPE=VOICE:(612) 555-0143\r\n"
        "ADR;TYPE=WORK:;;2400 Example Ave S,Suite 3;Minneapolis;MN;55405;US\r\n"
        "UID:urn:uuid:4a9797ef-0686-8c69-bfe7-01d3a245574f\r\n"
        "END:VCARD\r\n";
    auto g = twin_cities();
    g.contacts.resize(1);
    BOOST_TEST(advocacy::to_vcard(g, advocacy::vcard_version::v3, "defend-2015") == expected);
}

BOOST_AUTO_TEST_CASE(campaign_writes_every_contact_of_every_group) {
    advocacy::campaign c("defend-2015", "Defend the decision");
    c.add_group(twin_cities());
    advocacy::group other;
    other.id = "river-city-12";
    other.name = "River City Group 12";
    other.place.locality = "Saint Paul";
    other.place.state = "MN"_state;
    other.contacts.push_back({"Sam Okafor", "Letter writing", "sam@example.com", "651-555-0107"});
    c.add_group(other);

    const auto v4 = advocacy::to_vcard(c);
    BOOST_TEST(count(v4, "BEGIN:VCARD\r\n") == 3u);
    BOOST_TEST(count(v4, "END:VCARD\r\n") == 3u);
    BOOST_TEST(count(v4, "VERSION:4.0\r\n") == 3u);
    // The group's card for the same contact is the card the campaign writes.
    BOOST_TEST(v4.starts_with(advocacy::to_vcard(twin_cities(), advocacy::vcard_version::v4, "defend-2015")));
    BOOST_TEST(v4.find("ORG:River City Group 12\r\nROLE:Letter writing\r\n") != std::string::npos);
    BOOST_TEST(v4.find("TEL;VALUE=uri;TYPE=voice:tel:+1-651-555-0107\r\n") != std::string::npos);
    BOOST_TEST(v4.find("ADR;TYPE=work:;;;Saint Paul;MN;;US\r\n") != std::string::npos);
    // Stable across exports, distinct between contacts.
    BOOST_TEST(advocacy::to_vcard(c) == v4);
    const auto v3 = advocacy::to_vcard(c, advocacy::vcard_version::v3);
    BOOST_TEST(count(v3, "VERSION:3.0\r\n") == 3u);
    BOOST_TEST(count(v3, "UID:urn:uuid:") == 3u);
    std::vector<std::string> uids;
    for (const auto& line : physical_lines(v3)) {
        if (line.starts_with("UID:")) uids.push_back(line);
    }
    BOOST_TEST_REQUIRE(uids.size() == 3u);
    BOOST_TEST(uids[0] != uids[1]);
    BOOST_TEST(uids[1] != uids[2]);
}

BOOST_AUTO_TEST_CASE(empty_campaign_writes_nothing) {
    advocacy::campaign c("defend-2015", "Defend the decision");
    BOOST_TEST(advocacy::to_vcard(c).empty());
}

BOOST_AUTO_TEST_CASE(list_of_contacts_with_and_without_organization) {
    const std::vector<advocacy::contact> people{{"Ana María Soto", "", "ana@example.org", ""}};
    const auto with_org = advocacy::to_vcard(people, "Example Coalition", advocacy::vcard_version::v4);
    BOOST_TEST(with_org.find("\r\nFN:Ana María Soto\r\nN:Soto;Ana María;;;\r\nORG:Example Coalition\r\n") !=
               std::string::npos);
    BOOST_TEST(with_org.find("ADR") == std::string::npos);
    const auto without = advocacy::to_vcard(people);
    BOOST_TEST(without.find("ORG") == std::string::npos);
    BOOST_TEST(without.find("EMAIL;TYPE=work:ana@example.org\r\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(phone_forms) {
    auto tel = [](const std::string& phone, advocacy::vcard_version version = advocacy::vcard_version::v4) {
        const std::vector<advocacy::contact> people{{"Kim Park", "", "", phone}};
        for (const auto& line : physical_lines(advocacy::to_vcard(people, {}, version))) {
            if (line.starts_with("TEL")) return line;
        }
        return std::string();
    };
    BOOST_TEST(tel("(612) 555-0143") == "TEL;VALUE=uri;TYPE=voice:tel:+1-612-555-0143");
    BOOST_TEST(tel("1 612 555 0143") == "TEL;VALUE=uri;TYPE=voice:tel:+1-612-555-0143");
    BOOST_TEST(tel("+1 (612) 555-0143 ext. 7") == "TEL;VALUE=uri;TYPE=voice:tel:+1-612-555-0143;ext=7");
    BOOST_TEST(tel("+33 1 55 55 01 01") == "TEL;VALUE=uri;TYPE=voice:tel:+33155550101");
    // A local number has no country, so no tel: URI: 4.0 keeps the text as written.
    BOOST_TEST(tel("555-0143") == "TEL;VALUE=text;TYPE=voice:555-0143");
    BOOST_TEST(tel("555-0143", advocacy::vcard_version::v3) == "TEL;TYPE=VOICE:555-0143");
}

BOOST_AUTO_TEST_CASE(text_is_escaped_in_plain_and_structured_values) {
    advocacy::group g;
    g.id = "g1";
    g.name = "North; South, East\\West";
    g.place.address_lines = {"12 Main St, Rear"};
    g.place.locality = "Fargo";
    g.place.state = "ND"_state;
    g.contacts.push_back({"Jo Smith, Jr.", "Chair\r\nBEGIN:VCARD\nTreasurer\rx", "", ""});
    const auto text = advocacy::to_vcard(g);
    BOOST_TEST(text.find("\r\nFN:Jo Smith\\, Jr.\r\n") != std::string::npos);
    BOOST_TEST(text.find("\r\nN:Jr.;Jo Smith\\,;;;\r\n") != std::string::npos);
    BOOST_TEST(text.find("\r\nORG:North\\; South\\, East\\\\West\r\n") != std::string::npos);
    // A line break in a field cannot start a property of its own.
    BOOST_TEST(text.find("\r\nROLE:Chair\\nBEGIN:VCARD\\nTreasurer\\nx\r\n") != std::string::npos);
    BOOST_TEST(count(text, "\r\nBEGIN:VCARD") == 0u);
    BOOST_TEST(text.find("\r\nADR;TYPE=work:;;12 Main St\\, Rear;Fargo;ND;;US\r\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(control_characters_are_dropped_tab_kept) {
    BOOST_TEST(text_line(std::string("a\x01" "b\tc\x7f" "d")) == "ab\tcd\r\n");
    // CRLF, LF and a lone CR are each one "\n".
    BOOST_TEST(text_line("one\r\ntwo\n\nthree\rfour") == "one\\ntwo\\n\\nthree\\nfour\r\n");
    BOOST_TEST(text_line("a\\b;c,d", "X:") == "X:a\\\\b\\;c\\,d\r\n");
}

BOOST_AUTO_TEST_CASE(fold_at_75_octets) {
    const std::string exact(75, 'a');
    BOOST_TEST(raw_line(exact) == exact + "\r\n");
    BOOST_TEST(text_line(exact) == exact + "\r\n");
    const std::string longer(76, 'a');
    BOOST_TEST(raw_line(longer) == std::string(75, 'a') + "\r\n a\r\n");
    BOOST_TEST(text_line(longer) == std::string(75, 'a') + "\r\n a\r\n");
    // A continuation line holds the space and 74 octets.
    const std::string much(75 + 74 + 1, 'b');
    const std::string much_folded = std::string(75, 'b') + "\r\n " + std::string(74, 'b') + "\r\n b\r\n";
    BOOST_TEST(raw_line(much) == much_folded);
    BOOST_TEST(text_line(much) == much_folded);
    BOOST_TEST(raw_line("") == "\r\n");
    // The head and every later piece share one count: 71 + 8 octets pass the width after "abcd".
    BOOST_TEST(text_line("abcdefgh", std::string(70, 'H') + ":") == std::string(70, 'H') + ":abcd\r\n efgh\r\n");
}

BOOST_AUTO_TEST_CASE(fold_never_splits_utf8_or_an_escape) {
    // "é" (2 octets) would straddle octets 75 and 76: it moves whole to the next line.
    const std::string two = std::string(74, 'a') + "\xC3\xA9" + "z";
    BOOST_TEST(raw_line(two) == std::string(74, 'a') + "\r\n \xC3\xA9z\r\n");
    BOOST_TEST(text_line(two) == std::string(74, 'a') + "\r\n \xC3\xA9z\r\n");
    // A 4-octet emoji starting at octet 73.
    const std::string four = std::string(72, 'a') + "\xF0\x9F\x93\xA3" + "z";
    BOOST_TEST(raw_line(four) == std::string(72, 'a') + "\r\n \xF0\x9F\x93\xA3z\r\n");
    BOOST_TEST(text_line(four) == std::string(72, 'a') + "\r\n \xF0\x9F\x93\xA3z\r\n");
    // The escape "\," would take octets 75-76: it stays together.
    BOOST_TEST(text_line(std::string(74, 'a') + ",z") == std::string(74, 'a') + "\r\n \\,z\r\n");
    // So does "\n" for a CRLF, after a head: 5 + 69 octets, then the escape.
    BOOST_TEST(text_line(std::string(69, 'a') + "\r\nz", "ROLE:") == "ROLE:" + std::string(69, 'a') + "\r\n \\nz\r\n");
    // Malformed UTF-8 still folds (each stray byte on its own) and loses nothing.
    const std::string bad = std::string(200, '\x80');
    BOOST_TEST(unfold(raw_line(bad)) == bad + "\r\n");
    BOOST_TEST(unfold(text_line(bad)) == bad + "\r\n");
    for (const auto& line : physical_lines(text_line(bad))) BOOST_TEST(line.size() <= 75u);
}

BOOST_AUTO_TEST_CASE(long_values_fold_and_unfold_to_the_original) {
    advocacy::contact person{"Maximiliana Überlänge-Øresund", "", "", ""};
    person.role = "Coordinatrice régionale des campagnes, des rencontres; et des lettres \xE2\x80\x94 " + std::string(40, 'x');
    const std::vector<advocacy::contact> people{person};
    for (auto version : {advocacy::vcard_version::v3, advocacy::vcard_version::v4}) {
        const auto text = advocacy::to_vcard(people, "Ligue d’exemple", version);
        for (const auto& line : physical_lines(text)) {
            BOOST_TEST(line.size() <= 75u, line);
            // No line starts inside a UTF-8 sequence.
            if (line.size() > 1 && line[0] == ' ') BOOST_TEST((static_cast<unsigned char>(line[1]) & 0xC0) != 0x80u);
        }
        const std::string role = "ROLE:Coordinatrice régionale des campagnes\\, des rencontres\\; et des lettres "
                                 "\xE2\x80\x94 " + std::string(40, 'x') + "\r\n";
        BOOST_TEST(unfold(text).find(role) != std::string::npos);
        BOOST_TEST(text.find(role) == std::string::npos);  // it was folded
    }
}

BOOST_AUTO_TEST_CASE(empty_name_is_a_validation_error) {
    const std::vector<advocacy::contact> people{{"Ok Name", "", "", ""}, {"  ", "Chair", "", ""}};
    try {
        (void)advocacy::to_vcard(people, "Org");
        BOOST_FAIL("expected a validation_error");
    } catch (const advocacy::validation_error& e) {
        BOOST_TEST(e.field() == "contacts[1].name");
    }
    auto g = twin_cities();
    g.contacts[1].name.clear();
    try {
        (void)advocacy::to_vcard(g);
        BOOST_FAIL("expected a validation_error");
    } catch (const advocacy::validation_error& e) {
        BOOST_TEST(e.field() == "group \"twin-cities-55\": contacts[1].name");
    }
}

BOOST_AUTO_TEST_CASE(unknown_version_is_a_validation_error) {
    const std::vector<advocacy::contact> people{{"Ok Name", "", "", ""}};
    BOOST_CHECK_THROW((void)advocacy::to_vcard(people, "", static_cast<advocacy::vcard_version>(2)),
                      advocacy::validation_error);
    BOOST_TEST(advocacy::to_string(advocacy::vcard_version::v3) == "3.0");
    BOOST_TEST(advocacy::to_string(advocacy::vcard_version::v4) == "4.0");
}

// ---- one card per person ------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(a_person_in_several_groups_gets_one_card) {
    advocacy::campaign c("defend-2015", "Defend the decision");
    c.add_group(twin_cities());
    advocacy::group other;
    other.id = "river-city-12";
    other.name = "River City Group 12";
    other.place.locality = "Saint Paul";
    other.place.state = "MN"_state;
    // Dana again, same name and email (in another case), another role: the same person.
    other.contacts.push_back({"Dana Reyes", "Treasurer", "Dana@Example.org", "(612) 555-0143"});
    other.contacts.push_back({"Sam Okafor", "", "sam@example.com", ""});
    c.add_group(other);

    const auto text = advocacy::to_vcard(c);
    BOOST_TEST(count(text, "BEGIN:VCARD\r\n") == 3u);
    BOOST_TEST(count(text, "FN:Dana Reyes\r\n") == 1u);
    const std::string dana =
        "FN:Dana Reyes\r\n"
        "N:Reyes;Dana;;;\r\n"
        "group1.ORG:Twin Cities Group 55\r\n"
        "group1.ROLE:Group coordinator\r\n"
        "group1.EMAIL;TYPE=work:dana@example.org\r\n"
        "TEL;VALUE=uri;TYPE=voice:tel:+1-612-555-0143\r\n"
        "group1.ADR;TYPE=work:;;2400 Example Ave S,Suite 3;Minneapolis;MN;55405;US\r\n"
        "group2.ORG:River City Group 12\r\n"
        "group2.ROLE:Treasurer\r\n"
        "group2.EMAIL;TYPE=work:Dana@Example.org\r\n"
        "group2.ADR;TYPE=work:;;;Saint Paul;MN;;US\r\n";
    BOOST_TEST(text.find(dana) != std::string::npos, text);
    // The UID comes from the campaign and the person, not the group or the position: the same
    // person keeps it when groups are added before theirs.
    advocacy::campaign later("defend-2015", "Defend the decision");
    later.add_group(other);
    const auto again = advocacy::to_vcard(later);
    const auto uid_after = [](const std::string& cards, const std::string& name) {
        const auto at = cards.find("FN:" + name + "\r\n");
        const auto uid = cards.find("UID:", at);
        return cards.substr(uid, cards.find("\r\n", uid) - uid);
    };
    BOOST_TEST(uid_after(again, "Sam Okafor") == uid_after(text, "Sam Okafor"));
    BOOST_TEST(uid_after(text, "Sam Okafor") != uid_after(text, "Dana Reyes"));
    advocacy::campaign renamed("other-campaign", "Another");
    renamed.add_group(other);
    BOOST_TEST(uid_after(advocacy::to_vcard(renamed), "Sam Okafor") != uid_after(text, "Sam Okafor"));
}

BOOST_AUTO_TEST_CASE(same_name_without_email_is_one_person_only_with_the_same_phone) {
    const std::vector<advocacy::contact> people{{"Kim Park", "", "", "555-0101"},
                                                {"Kim Park", "", "", "(555) 0101"},
                                                {"Kim Park", "", "", "555-0199"},
                                                {"Kim Park", "", "kim@example.org", "555-0101"}};
    const auto text = advocacy::to_vcard(people, "Example Coalition");
    BOOST_TEST(count(text, "BEGIN:VCARD\r\n") == 3u);
    // The first two are one person whose phone is written differently in each entry.
    BOOST_TEST(text.find("group1.TEL;VALUE=text;TYPE=voice:555-0101\r\n") != std::string::npos);
    BOOST_TEST(text.find("group2.TEL;VALUE=text;TYPE=voice:(555) 0101\r\n") != std::string::npos);
}

// ---- reading ------------------------------------------------------------------------------------

namespace {

auto group_named(const advocacy::campaign& c, std::string_view name) -> advocacy::group {
    for (const auto& g : c.groups()) {
        if (g.name == name) return g;
    }
    BOOST_FAIL("no group named " + std::string(name));
    return {};
}

auto has_warning(const advocacy::import_result& r, std::size_t line, std::string_view words) -> bool {
    for (const auto& w : r.warnings) {
        if (w.line == line && advocacy::to_string(w).find(words) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

BOOST_AUTO_TEST_CASE(read_google_contacts_export) {
    const std::string text =
        "BEGIN:VCARD\r\n"
        "VERSION:3.0\r\n"
        "FN:Dana Reyes\r\n"
        "N:Reyes;Dana;;;\r\n"
        "EMAIL;TYPE=INTERNET;TYPE=HOME:dana.reyes@example.com\r\n"
        "EMAIL;TYPE=INTERNET;TYPE=WORK:dana@example.org\r\n"
        "TEL;TYPE=CELL:(612) 555-0143\r\n"
        "item1.EMAIL;TYPE=INTERNET:dreyes@example.net\r\n"
        "item1.X-ABLabel:Volunteer\r\n"
        "ADR;TYPE=WORK:;;2400 Example Ave S;Minneapolis;MN;55405;US\r\n"
        "ORG:Twin Cities Group 55\r\n"
        "TITLE:Group coordinator\r\n"
        "CATEGORIES:myContacts\r\n"
        "END:VCARD\r\n";
    const auto r = advocacy::read_vcard(text);
    BOOST_TEST(r.value.id() == "imported");
    BOOST_TEST(r.value.title() == "Contacts");
    BOOST_TEST_REQUIRE(r.value.groups().size() == 1u);
    const auto g = r.value.groups().front();
    BOOST_TEST(g.id == "twin-cities-group-55");
    BOOST_TEST(g.name == "Twin Cities Group 55");
    BOOST_TEST(g.place.address_lines == std::vector<std::string>{"2400 Example Ave S"});
    BOOST_TEST(g.place.locality == "Minneapolis");
    BOOST_TEST(g.place.state == "MN"_state);
    BOOST_TEST(g.place.postal_code == "55405");
    BOOST_TEST(g.place.country == "US");
    BOOST_TEST_REQUIRE(g.contacts.size() == 1u);
    BOOST_TEST((g.contacts[0] == advocacy::contact{"Dana Reyes", "Group coordinator", "dana@example.org", "(612) 555-0143"}));
    // The other two addresses are named in one warning for the card, at its BEGIN line.
    BOOST_TEST_REQUIRE(r.warnings.size() == 1u);
    BOOST_TEST(r.warnings[0].line == 1u);
    BOOST_TEST(r.warnings[0].text == "Dana Reyes");
    BOOST_TEST(r.warnings[0].reason.find("EMAIL \"dana.reyes@example.com\"") != std::string::npos);
    BOOST_TEST(r.warnings[0].reason.find("EMAIL \"dreyes@example.net\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(read_apple_contacts_export) {
    std::string photo = "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD";
    for (int i = 0; i < 2000; ++i) photo += "\r\n  " + std::string(72, 'Q');
    const std::string text =
        "\xEF\xBB\xBF"
        "BEGIN:VCARD\n"
        "VERSION:3.0\n"
        "PRODID:-//Apple Inc.//macOS 13.4//EN\n"
        "N:Okafor;Sam;;;\n"
        "FN:Sam Okafor\n"
        "ORG:River City Group 12;Letter writing team;\n"
        "item1.EMAIL;type=INTERNET;type=pref:sam@example.com\n"
        "item1.X-ABLabel:_$!<Other>!$_\n"
        "TEL;type=CELL;type=VOICE;type=pref:651-555-0107\n"
        "item2.ADR;type=WORK;type=pref:;;1 Example Plaza\\nFloor 2;Saint Paul;Minnesota;55101;United States\n"
        "item2.X-ABADR:us\n" +
        photo + "=\n" +
        "X-ABUID:5AD380FD-B2DE-4261-BA99-DE1D1DB52FBE:ABPerson\n"
        "END:VCARD\n";
    const auto r = advocacy::read_vcard(text);
    BOOST_TEST(r.warnings.empty(), (r.warnings.empty() ? "" : advocacy::to_string(r.warnings[0])));
    const auto g = group_named(r.value, "River City Group 12, Letter writing team");
    BOOST_TEST(g.id == "river-city-group-12-letter-writing-team");
    BOOST_TEST((g.place.address_lines == std::vector<std::string>{"1 Example Plaza", "Floor 2"}));
    BOOST_TEST(g.place.state == "MN"_state);
    BOOST_TEST(g.place.country == "US");
    BOOST_TEST_REQUIRE(g.contacts.size() == 1u);
    BOOST_TEST((g.contacts[0] == advocacy::contact{"Sam Okafor", "", "sam@example.com", "651-555-0107"}));
}

BOOST_AUTO_TEST_CASE(read_outlook_2_1_with_quoted_printable) {
    const std::string text =
        "BEGIN:VCARD\r\n"
        "VERSION:2.1\r\n"
        "N;LANGUAGE=en-us;CHARSET=UTF-8:Lef=C3=A8vre;Zo=C3=A9\r\n"
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zo=C3=A9 Lef=C3=A8vre\r\n"
        "ORG:Example Coalition;Montr=E9al\r\n"
        "TITLE:Coordinatrice\r\n"
        "TEL;HOME;VOICE:(555) 555-0199\r\n"
        "TEL;WORK;VOICE;PREF:(555) 555-0100 x123\r\n"
        "EMAIL;INTERNET:zoe@example.com\r\n"
        "EMAIL;PREF;INTERNET:zoe@example.org\r\n"
        "ADR;WORK;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:;;12 Rue d'Exemple=0D=0AB=C3=A2timent 3;Montr=C3=A9al;=\r\n"
        "QC;H2X 1Y4;Canada\r\n"
        "NOTE;ENCODING=QUOTED-PRINTABLE:Met at the=\r\n"
        " spring conference=0D=0A=\r\n"
        "and again in May\r\n"
        "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2\r\n"
        "REV:20150101T000000Z\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\n"
        "VERSION:2.1\r\n"
        "FN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Jos=E9 Mart=EDnez\r\n"
        "ORG:Example Coalition;Montr=E9al\r\n"
        "EMAIL;INTERNET:jose@example.org\r\n"
        "END:VCARD\r\n";
    const auto r = advocacy::read_vcard(text);
    // "Montr=E9al" in an ORG without ENCODING is not quoted-printable: it stays as written.
    const auto g = group_named(r.value, "Example Coalition, Montr=E9al");
    BOOST_TEST((g.place.address_lines == std::vector<std::string>{"12 Rue d'Exemple", "B\xC3\xA2timent 3"}));
    BOOST_TEST(g.place.locality == "Montr\xC3\xA9" "al");
    BOOST_TEST(g.place.state == "QC"_state);
    BOOST_TEST(g.place.postal_code == "H2X 1Y4");
    BOOST_TEST(g.place.country == "CA");
    BOOST_TEST_REQUIRE(g.contacts.size() == 2u);
    BOOST_TEST((g.contacts[0] ==
                advocacy::contact{"Zo\xC3\xA9 Lef\xC3\xA8vre", "Coordinatrice", "zoe@example.org", "(555) 555-0100 x123"}));
    BOOST_TEST(g.contacts[1].name == "Jos\xC3\xA9 Mart\xC3\xADnez");
    BOOST_TEST_REQUIRE(r.warnings.size() == 1u);
    BOOST_TEST(r.warnings[0].line == 1u);
    BOOST_TEST(r.warnings[0].reason.find("NOTE; EMAIL \"zoe@example.com\"; TEL \"(555) 555-0199\"") != std::string::npos, r.warnings[0].reason);
}

BOOST_AUTO_TEST_CASE(read_version_4_with_tel_uris) {
    const std::string text =
        "BEGIN:VCARD\r\n"
        "VERSION:4.0\r\n"
        "KIND:individual\r\n"
        "FN:Lee Park\r\n"
        "ORG:Example Coalition\r\n"
        "EMAIL;TYPE=work;PREF=2:lee.park@example.org\r\n"
        "EMAIL;TYPE=home;PREF=1:lee@example.org\r\n"
        "TEL;VALUE=uri;TYPE=fax;PREF=1:tel:+1-555-555-0101\r\n"
        "TEL;VALUE=uri;TYPE=\"work,voice\":tel:+1-555-555-0100;ext=12\r\n"
        "NOTE:Prefers calls\r\n"
        "UID:urn:uuid:0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\n"
        "VERSION:4.0\r\n"
        "KIND:group\r\n"
        "FN:Board\r\n"
        "MEMBER:urn:uuid:0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0\r\n"
        "END:VCARD\r\n";
    const auto r = advocacy::read_vcard(text);
    const auto g = group_named(r.value, "Example Coalition");
    BOOST_TEST_REQUIRE(g.contacts.size() == 1u);
    BOOST_TEST((g.contacts[0] == advocacy::contact{"Lee Park", "", "lee@example.org", "+1-555-555-0100 x12"}));
    BOOST_TEST(g.place == advocacy::location{});
    BOOST_TEST_REQUIRE(r.warnings.size() == 2u);
    BOOST_TEST(r.warnings[0].reason.find("NOTE; EMAIL \"lee.park@example.org\"; TEL \"+1-555-555-0101\"") !=
                   std::string::npos,
               r.warnings[0].reason);
    BOOST_TEST(has_warning(r, 13, "KIND group"));
}

BOOST_AUTO_TEST_CASE(every_card_is_imported_or_named) {
    const std::string text =
        "Exported from somewhere\n"                   // 1: outside a card
        "BEGIN:VCARD\nVERSION:3.0\nFN:Never Closed\n"  // 2: no END before the next BEGIN
        "BEGIN:VCARD\nVERSION:3.0\nFN:Kim Park\nthis is not a property\nEND:VCARD\n"  // 5, 8
        "junk\nmore junk\n"                           // 10, 11: one warning for the run
        "BEGIN:VCARD\nVERSION:3.0\nUID:abc-123\nNOTE:only a note\nEND:VCARD\n"  // 12: nobody
        "BEGIN:VCARD\nVERSION:3.0\nEMAIL:nameless@example.org\nEND:VCARD\n"     // 17: named by its email
        "END:VCARD\n"                                                            // 21: END without BEGIN
        "BEGIN:VCARD\nFN:Cut Off\n";                                             // 22: never closed
    const auto r = advocacy::read_vcard(text);
    BOOST_TEST(has_warning(r, 1, "outside a card"));
    BOOST_TEST(has_warning(r, 2, "not closed by END:VCARD before the next BEGIN:VCARD (line 5)"));
    BOOST_TEST(has_warning(r, 5, "2 cards without ORG: put in the group \"unaffiliated\""));
    BOOST_TEST(has_warning(r, 8, "not a content line"));
    BOOST_TEST(has_warning(r, 10, "outside a card"));
    BOOST_TEST(!has_warning(r, 11, "outside a card"));
    BOOST_TEST(has_warning(r, 12, "\"abc-123\": a card without FN, N, EMAIL or TEL"));
    BOOST_TEST(has_warning(r, 17, "no FN or N: named after its EMAIL"));
    BOOST_TEST(has_warning(r, 21, "outside a card"));
    BOOST_TEST(has_warning(r, 22, "never closed"));
    for (std::size_t i = 1; i < r.warnings.size(); ++i) BOOST_TEST(r.warnings[i - 1].line <= r.warnings[i].line);
    const auto g = group_named(r.value, "Contacts without an organization");
    BOOST_TEST(g.id == "unaffiliated");
    BOOST_TEST_REQUIRE(g.contacts.size() == 2u);
    BOOST_TEST(g.contacts[0].name == "Kim Park");
    BOOST_TEST(g.contacts[1].name == "nameless@example.org");
    BOOST_TEST(g.contacts[1].email == "nameless@example.org");
}

BOOST_AUTO_TEST_CASE(a_text_without_cards_is_an_empty_campaign_and_a_warning) {
    for (std::string_view text : {"", "\xEF\xBB\xBF", "hello\n", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"}) {
        const auto r = advocacy::read_vcard(text);
        BOOST_TEST(r.value.groups().empty());
        BOOST_TEST(has_warning(r, 1, "no complete vCard"));
    }
}

BOOST_AUTO_TEST_CASE(escapes_units_and_folds_are_read) {
    const std::string text =
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        "FN:Jo Smith\\, Jr.\r\n"
        "ORG:North\\; South\\, East\\\\West\r\n"
        "ROLE:Chair\\nand trea\r\n\tsurer\r\n"
        "ADR:;;12 Main St\\, Rear;Fargo;North Dakota;;\r\n"
        "END:VCARD\r\n";
    const auto r = advocacy::read_vcard(text);
    BOOST_TEST(r.warnings.empty());
    const auto g = group_named(r.value, "North; South, East\\West");
    BOOST_TEST((g.contacts.at(0) == advocacy::contact{"Jo Smith, Jr.", "Chair and treasurer", "", ""}));
    BOOST_TEST((g.place.address_lines == std::vector<std::string>{"12 Main St, Rear"}));
    BOOST_TEST(g.place.state == "ND"_state);
    // Two organizations whose names give the same id get distinct ones.
    const auto two = advocacy::read_vcard("BEGIN:VCARD\nFN:A\nORG:Group 5\nEND:VCARD\nBEGIN:VCARD\nFN:B\nORG:Group-5\nEND:VCARD\n");
    BOOST_TEST(group_named(two.value, "Group 5").id == "group-5");
    BOOST_TEST(group_named(two.value, "Group-5").id == "group-5-2");
}

BOOST_AUTO_TEST_CASE(a_value_that_shows_nothing_reads_as_missing) {
    // A no-break space, a C1 control or both: the model refuses such a name, so the reader must not
    // make a group or a contact of it (found by fuzzing).
    for (std::string_view blank : {"\xC2\xA0", "\xC2\x85", " \xC2\xA0\xC2\x9F "}) {
        const std::string text = "BEGIN:VCARD\nFN:" + std::string(blank) + "\nORG:" + std::string(blank) +
                                 "\nEMAIL:ana@example.org\nEND:VCARD\n";
        const auto r = advocacy::read_vcard(text);
        const auto g = group_named(r.value, "Contacts without an organization");
        BOOST_TEST(g.contacts.at(0).name == "ana@example.org");
        BOOST_TEST(has_warning(r, 1, "a name (no FN or N: named after its EMAIL)"));
    }
}

BOOST_AUTO_TEST_CASE(a_value_in_an_unknown_charset_is_named) {
    const std::string text =
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Aiko Sato\r\n"
        "TITLE;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:=8D=E2=92=B7\r\n"
        "X-PHONETIC-LAST-NAME;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:=83=54=83=67=83=45\r\n"
        "END:VCARD\r\n";
    const auto r = advocacy::read_vcard(text);
    BOOST_TEST_REQUIRE(r.warnings.size() == 2u);  // the TITLE, and the group without ORG
    BOOST_TEST(r.warnings[0].reason.find("TITLE (not UTF-8") != std::string::npos, r.warnings[0].reason);
    BOOST_TEST(r.warnings[0].reason.find("X-PHONETIC") == std::string::npos);
    BOOST_TEST(group_named(r.value, "Contacts without an organization").contacts.at(0).role == "");
}

BOOST_AUTO_TEST_CASE(what_a_place_cannot_hold_is_named) {
    const std::string text =
        "BEGIN:VCARD\nFN:A\nORG:Far Away\nADR:;;1 Road;Town;;;Narnia\nEND:VCARD\n"
        "BEGIN:VCARD\nFN:B\nORG:Near\nADR:;;2 Road;Town;Lower Saxony;;Germany\nEND:VCARD\n"
        "BEGIN:VCARD\nFN:C\nORG:Near\nADR:;;3 Road;Town;;;DE\nEND:VCARD\n"
        "BEGIN:VCARD\nFN:D\nEMAIL:not an address\nADR:;;4 Road;Town;;;\nEND:VCARD\n";
    const auto r = advocacy::read_vcard(text);
    BOOST_TEST(has_warning(r, 1, "country \"Narnia\" is not a known name"));
    BOOST_TEST(group_named(r.value, "Far Away").place == advocacy::location{});
    BOOST_TEST(has_warning(r, 6, "region \"Lower Saxony\""));
    const auto near = group_named(r.value, "Near");
    BOOST_TEST(near.place.country == "DE");
    BOOST_TEST(near.place.state == advocacy::state_code{});
    BOOST_TEST(has_warning(r, 11, "\"Near\" is at \"2 Road, Town, DE\""));
    BOOST_TEST(has_warning(r, 16, "EMAIL \"not an address\" (not an email address)"));
    BOOST_TEST(has_warning(r, 16, "a card without ORG has no group place"));
}

BOOST_AUTO_TEST_CASE(regions_and_countries_by_their_iso_names) {
    const std::string text =
        "BEGIN:VCARD\nFN:A\nORG:Munich\nADR:;;1 Road;M\xC3\xBCnchen;Bavaria;80331;Germany\nEND:VCARD\n"
        "BEGIN:VCARD\nFN:B\nORG:Vienna\nADR:;;2 Road;Wien;Wien;1010;Austria\nEND:VCARD\n"
        "BEGIN:VCARD\nFN:C\nORG:Toronto\nADR:;;3 Road;Toronto;Ontario;M5V 2W6;Canada\nEND:VCARD\n";
    const auto r = advocacy::read_vcard(text);
    BOOST_TEST(r.warnings.empty());
    BOOST_TEST(group_named(r.value, "Munich").place.state == "BY"_state);
    BOOST_TEST(group_named(r.value, "Munich").place.country == "DE");
    BOOST_TEST(group_named(r.value, "Vienna").place.state == "9"_state);
    BOOST_TEST(group_named(r.value, "Vienna").place.country == "AT");
    BOOST_TEST(group_named(r.value, "Toronto").place.state == "ON"_state);
    BOOST_TEST(group_named(r.value, "Toronto").place.country == "CA");
}

BOOST_AUTO_TEST_CASE(read_back_what_the_export_writes) {
    advocacy::campaign c("defend-2015", "Defend the decision");
    c.add_group(twin_cities());
    advocacy::group other;
    other.id = "river-city-12";
    other.name = "River City; Group 12";
    other.place.locality = "Saint Paul";
    other.place.state = "MN"_state;
    other.contacts.push_back({"Dana Reyes", "Treasurer", "Dana@Example.org", ""});
    other.contacts.push_back({"Lee", "Caller", "", "+44 20 7946 0958 x12"});
    c.add_group(other);
    for (auto version : {advocacy::vcard_version::v3, advocacy::vcard_version::v4}) {
        const auto r = advocacy::read_vcard(advocacy::to_vcard(c, version));
        BOOST_TEST(r.warnings.empty(), (r.warnings.empty() ? "" : advocacy::to_string(r.warnings[0])));
        BOOST_TEST_REQUIRE(r.value.groups().size() == 2u);
        for (const auto& g : c.groups()) {
            const auto read = group_named(r.value, g.name);
            BOOST_TEST(read.place == g.place);
            BOOST_TEST(read.contacts.size() == g.contacts.size());
            for (const auto& person : g.contacts) {
                auto expected = person;
                // A tel: URI keeps the digits, not the punctuation.
                if (version == advocacy::vcard_version::v4 && expected.phone == "+44 20 7946 0958 x12") {
                    expected.phone = "+442079460958 x12";
                }
                if (version == advocacy::vcard_version::v4 && expected.phone == "(612) 555-0143") {
                    expected.phone = "+1-612-555-0143";
                }
                BOOST_TEST((std::find(read.contacts.begin(), read.contacts.end(), expected) != read.contacts.end()),
                           person.name + " in " + g.name);
            }
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
