// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// Group contacts as vCards for address books: vCard 4.0 (RFC 6350) and 3.0 (RFC 2426) for
/// older ones. Described in docs/formats.md ("vCard").

#include "advocacy/campaign.hpp"
#include "advocacy/contact.hpp"
#include "advocacy/group.hpp"
#include "advocacy/import_result.hpp"

#include <span>
#include <string>
#include <string_view>

namespace advocacy {

/// Which vCard to write.
enum class vcard_version { v3 = 3, v4 = 4 };

/// One vCard per person of the campaign, in order of first appearance: FN, N (the name split at
/// its last space), ORG (the group), ROLE, EMAIL, TEL, ADR (the group's place) and a UID stable
/// across exports (from the campaign id and the person). Contacts with the same name and email
/// (in any case), or without an email the same name and phone digits, are one person: a person
/// in several groups gets one card with an ORG per group, each in a property group
/// ("group2.ORG") with the ROLE, EMAIL, TEL and ADR that differ between the groups. CRLF line
/// ends, lines folded at 75 octets, text escaped. Throws validation_error naming the contact when
/// a name is empty.
auto to_vcard(const campaign& c, vcard_version version = vcard_version::v4) -> std::string;

/// One vCard per person of the group, as the campaign's export writes them; UIDs from
/// `campaign_id` and the person.
auto to_vcard(const group& g, vcard_version version = vcard_version::v4, std::string_view campaign_id = {})
    -> std::string;

/// One vCard per person of the list, with ORG `organization` (left out when empty) and no
/// address; UIDs from the organization and the person.
auto to_vcard(std::span<const contact> contacts, std::string_view organization = {},
              vcard_version version = vcard_version::v4) -> std::string;

/// Reads vCards (2.1, 3.0 and 4.0, as address books write them) into a campaign "imported"
/// ("Contacts") with one group per organization (ORG), holding its people, its place from their
/// address (ADR); cards without ORG go to a group "unaffiliated", named in a warning. Every card
/// is imported or named in a warning, and so is what a card says that a contact cannot hold (a
/// second email, a note, ...). A text without a card gives an empty campaign and a warning.
/// Never throws for bad input; described in docs/formats.md ("vCard").
auto read_vcard(std::string_view text) -> import_result;

/// "3.0" or "4.0".
auto to_string(vcard_version version) -> std::string_view;

}  // namespace advocacy
