// SPDX-License-Identifier: MIT
#include "advocacy/contact.hpp"

#include "advocacy/error.hpp"

#include <boost/test/unit_test.hpp>

#include <functional>
#include <sstream>
#include <string>

namespace {

auto dana() -> advocacy::contact {
    return advocacy::contact{
        .name = "Dana Reyes", .role = "Group coordinator", .email = "dana@example.org", .phone = "(612) 555-0143"};
}

// A contact with only the given fields set.
auto person(std::string name, std::string role = "", std::string email = "", std::string phone = "")
    -> advocacy::contact {
    return advocacy::contact{.name = std::move(name), .role = std::move(role), .email = std::move(email), .phone = std::move(phone)};
}

auto refused(const advocacy::contact& person) -> std::pair<std::string, std::string> {
    try {
        advocacy::validate(person);
    } catch (const advocacy::validation_error& e) {
        return {e.field(), e.reason()};
    }
    return {"", ""};
}

auto with_email(std::string email) -> advocacy::contact {
    auto person = dana();
    person.email = std::move(email);
    return person;
}

auto with_phone(std::string phone) -> advocacy::contact {
    auto person = dana();
    person.phone = std::move(phone);
    return person;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(contact)

BOOST_AUTO_TEST_CASE(equality_copy_hash) {
    auto a = dana();
    auto b = a;
    BOOST_TEST((a == b));
    b.role = "Treasurer";
    BOOST_TEST((a != b));
    BOOST_TEST(std::hash<advocacy::contact>{}(a) == std::hash<advocacy::contact>{}(dana()));
    BOOST_TEST(std::hash<advocacy::contact>{}(a) != std::hash<advocacy::contact>{}(b));
}

BOOST_AUTO_TEST_CASE(to_string_forms) {
    BOOST_TEST(advocacy::to_string(dana()) == "Dana Reyes (Group coordinator) <dana@example.org>, (612) 555-0143");
    BOOST_TEST(advocacy::to_string(person("Dana Reyes")) == "Dana Reyes");
    BOOST_TEST(advocacy::to_string(person("Dana Reyes", "", "dana@example.org")) ==
               "Dana Reyes <dana@example.org>");
    BOOST_TEST(advocacy::to_string(person("Dana Reyes", "", "", "555-0143")) ==
               "Dana Reyes, 555-0143");
    std::ostringstream out;
    out << person("Lee", "Chair");
    BOOST_TEST(out.str() == "Lee (Chair)");
}

BOOST_AUTO_TEST_CASE(phone_digits) {
    BOOST_TEST(dana().phone_digits() == "6125550143");
    BOOST_TEST(with_phone("+1 612.555.0143").phone_digits() == "+16125550143");
    BOOST_TEST(with_phone(" +1 (612) 555-0143").phone_digits() == "+16125550143");
    BOOST_TEST(with_phone("612/555-0143 x12").phone_digits() == "6125550143");
    BOOST_TEST(with_phone("").phone_digits() == "");
}

BOOST_AUTO_TEST_CASE(valid_contacts_pass) {
    BOOST_CHECK_NO_THROW(advocacy::validate(dana()));
    BOOST_CHECK_NO_THROW(advocacy::validate(person("Lee")));
    BOOST_CHECK_NO_THROW(advocacy::validate(with_phone("612-555-0143 ext. 12")));
    BOOST_CHECK_NO_THROW(advocacy::validate(with_phone("612-555-0143 x12")));
    BOOST_CHECK_NO_THROW(advocacy::validate(with_phone("+1 612 555 0143")));
    BOOST_CHECK_NO_THROW(advocacy::validate(with_email("first.last+tag@mail.example.org")));
}

BOOST_AUTO_TEST_CASE(name_is_required) {
    BOOST_TEST(refused(person("")).first == "contact.name");
    BOOST_TEST(refused(person("  ")).second == "required");
    BOOST_TEST(refused(person("Dana\nReyes")).first == "contact.name");
}

BOOST_AUTO_TEST_CASE(bad_emails) {
    BOOST_TEST(refused(with_email("dana.example.org")).first == "contact.email");
    BOOST_TEST(refused(with_email("dana.example.org")).second ==
               "\"dana.example.org\" has no @: expected one, as in name@example.org");
    BOOST_TEST(refused(with_email("dana@@example.org")).second ==
               "\"dana@@example.org\" has more than one @: expected one, as in name@example.org");
    BOOST_TEST(refused(with_email("@example.org")).second == "\"@example.org\" has nothing before the @");
    BOOST_TEST(refused(with_email("dana@example")).second ==
               "\"dana@example\": the domain after the @ needs a dot, as in example.org");
    BOOST_TEST(refused(with_email("dana@")).first == "contact.email");
    BOOST_TEST(refused(with_email("dana@.example.org")).second ==
               "\"dana@.example.org\": the domain after the @ must not start or end with a dot");
    BOOST_TEST(refused(with_email("dana@example.org.")).first == "contact.email");
    BOOST_TEST(refused(with_email("dana reyes@example.org")).second ==
               "\"dana reyes@example.org\" holds a space or control character");
    BOOST_TEST(refused(with_email("dana@example.org\n")).first == "contact.email");
}

BOOST_AUTO_TEST_CASE(bad_phones) {
    BOOST_TEST(refused(with_phone("call me")).first == "contact.phone");
    BOOST_TEST(refused(with_phone("none")).second ==
               "\"none\" holds letters: only an extension such as \"x123\" or \"ext. 12\" may follow the number");
    BOOST_TEST(refused(with_phone("---")).second == "\"---\" has no digits");
    BOOST_TEST(refused(with_phone("x12")).second == "\"x12\" has no digits");
    BOOST_TEST(refused(with_phone("612#555")).second ==
               "\"612#555\" holds \"#\" at offset 3: expected digits, spaces and + ( ) - . /");
    BOOST_TEST(refused(with_phone("612+555")).second == "\"612+555\": a + may only come first");
    BOOST_TEST(refused(with_phone("555-0143 x")).first == "contact.phone");
    BOOST_TEST(refused(with_phone("555-0143\n")).first == "contact.phone");
}

BOOST_AUTO_TEST_CASE(a_name_of_control_characters_is_refused) {
    BOOST_TEST(refused(person("\x01\x02")).first == "contact.name");
    BOOST_TEST(refused(person("\x01\x02")).second == "required: \"\\x01\\x02\" shows no visible character");
}

BOOST_AUTO_TEST_SUITE_END()
