// SPDX-License-Identifier: MIT
#include "advocacy/vcard.hpp"

#include "advocacy/detail/content_line.hpp"
#include "advocacy/error.hpp"

#include <boost/test/unit_test.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace {

auto twin_cities() -> advocacy::group {
    advocacy::group g;
    g.id = "twin-cities-55";
    g.name = "Twin Cities Group 55";
    g.place.address_lines = {"2400 Example Ave S", "Suite 3"};
    g.place.locality = "Minneapolis";
    g.place.region = "MN";
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
        "UID:urn:uuid:1e073843-7be6-86b5-989a-d5a22371d966\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\n"
        "VERSION:4.0\r\n"
        "FN:Lee\r\n"
        "N:Lee;;;;\r\n"
        "ORG:Twin Cities Group 55\r\n"
        "TEL;VALUE=uri;TYPE=voice:tel:+442079460958;ext=12\r\n"
        "ADR;TYPE=work:;;2400 Example Ave S,Suite 3;Minneapolis;MN;55405;US\r\n"
        "UID:urn:uuid:f2a68407-8508-8ffa-83e0-e88a8601b3dc\r\n"
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
        "UID:urn:uuid:1e073843-7be6-86b5-989a-d5a22371d966\r\n"
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
    other.place.region = "MN";
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
    g.place.region = "ND";
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

BOOST_AUTO_TEST_SUITE_END()
