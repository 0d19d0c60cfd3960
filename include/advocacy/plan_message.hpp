// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// A message for each supporter from a Mustache template with named fields (mail merge),
/// rendered by the engine the site's pages use (kainjow's mustache). The fields are listed in
/// docs/supporters.md ("Messages").

#include "advocacy/campaign.hpp"
#include "advocacy/supporter.hpp"

#include <date/date.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace advocacy {

/// How a message's fields are escaped: `text` not at all (a plain-text mail), `html` as HTML
/// text (& < > " ' become entities; {{{field}}} and {{&field}} are never escaped).
enum class message_escape : std::uint8_t { text, html };

/// "text" or "html".
auto to_string(message_escape escape) -> std::string_view;
/// The escape named by to_string; parse_error naming the names it knows.
auto parse_message_escape(std::string_view name) -> message_escape;

/// A Mustache template for a supporter's plan.
class plan_template {
public:
    /// Checks the template: throws parse_error (with the offset and line of the tag) for a tag
    /// never closed, a section closed that is not open or not closed, or a partial ({{> name}}),
    /// which a message has nowhere to take from.
    explicit plan_template(std::string text, message_escape escape = message_escape::text);

    /// The message for one supporter: the template with the supporter's fields (id, name,
    /// first_name, email, phone, locality, state, postal_code, country), the campaign's (campaign:
    /// its title, organization), today ("2015-09-01"), the steps (the section "steps": number,
    /// action_id, kind, title, instruction), the conference of the first step that names one (the
    /// section "conference": name, dates, place, registration_url) and the next meetings of the
    /// steps' groups (the section "meetings": group, when).
    auto render(const campaign& c, const supporter& who, const std::vector<plan_step>& steps,
                date::sys_days today) const -> std::string;

    /// The template's text.
    auto text() const noexcept -> const std::string& { return text_; }
    /// How its fields are escaped.
    auto escape() const noexcept -> message_escape { return escape_; }

    /// Equal when the texts and the escapes are.
    friend bool operator==(const plan_template&, const plan_template&) = default;

private:
    std::string text_;
    message_escape escape_;
};

}  // namespace advocacy
