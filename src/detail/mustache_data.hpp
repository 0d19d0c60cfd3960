// SPDX-License-Identifier: MIT
#pragma once

// What the library's Mustache templates are given (kainjow's mustache, header-only): the site's
// pages (site.cpp) and the messages for mail merge (plan_message.cpp). A private header of the
// library's sources: the installed headers never name the template engine.

#include "advocacy/compact_string.hpp"

#include <kainjow/mustache.hpp>

#include <initializer_list>
#include <string>
#include <utility>

namespace advocacy::detail::templates {

namespace mustache = kainjow::mustache;

/// A value for the templates. An empty text is false, as no text at all: `{{#x}}...{{/x}}` shows
/// its content only when x has some, and `{{x}}` shows nothing either way.
struct value {
    mustache::data data;
    value(const std::string& text)
        : data(text.empty() ? mustache::data(mustache::data::type::bool_false) : mustache::data(text)) {}
    value(const char* text) : value(std::string(text)) {}
    value(const compact_string& text) : value(std::string(text.view())) {}
    value(bool flag) : data(flag ? mustache::data::type::bool_true : mustache::data::type::bool_false) {}
    value(const mustache::list& items) : data(items) {}
    value(const mustache::data& other) : data(other) {}
};

/// An object of the templates: named values, each escaped when shown with `{{name}}`.
class map : public mustache::data {
public:
    map() : mustache::data(type::object) {}
    map(std::initializer_list<std::pair<const char*, value>> fields) : mustache::data(type::object) {
        for (const auto& [name, v] : fields) set(name, v.data);
    }
    void put(const std::string& name, const value& v) { set(name, v.data); }
};

/// A list of the templates; empty, it is false.
using array = mustache::list;

}  // namespace advocacy::detail::templates
