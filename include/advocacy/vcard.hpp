// SPDX-License-Identifier: MIT
#pragma once

/// \file
/// Group contacts as vCards for address books: vCard 4.0 (RFC 6350) and 3.0 (RFC 2426) for
/// older ones. Described in docs/formats.md ("vCard").

#include "advocacy/campaign.hpp"
#include "advocacy/contact.hpp"
#include "advocacy/group.hpp"

#include <span>
#include <string>
#include <string_view>

namespace advocacy {

/// Which vCard to write.
enum class vcard_version { v3 = 3, v4 = 4 };

/// One vCard per contact of every group of the campaign, groups in the order added: FN, N (the
/// name split at its last space), ORG (the group), ROLE, EMAIL, TEL, ADR (the group's place) and
/// a UID stable across exports (from the campaign id, group id and the contact's position).
/// CRLF line ends, lines folded at 75 octets, text escaped. Throws validation_error naming the
/// contact when a name is empty.
auto to_vcard(const campaign& c, vcard_version version = vcard_version::v4) -> std::string;

/// One vCard per contact of the group; UIDs from `campaign_id`, the group id and the position.
auto to_vcard(const group& g, vcard_version version = vcard_version::v4, std::string_view campaign_id = {})
    -> std::string;

/// One vCard per contact, with ORG `organization` (left out when empty) and no address; UIDs
/// from the organization and the position in the list.
auto to_vcard(std::span<const contact> contacts, std::string_view organization = {},
              vcard_version version = vcard_version::v4) -> std::string;

/// "3.0" or "4.0".
auto to_string(vcard_version version) -> std::string_view;

}  // namespace advocacy
