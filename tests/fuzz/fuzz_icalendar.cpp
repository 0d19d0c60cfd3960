// SPDX-License-Identifier: MIT
// libFuzzer target: an iCalendar text (campaign_from_icalendar). The body is advocacy::fuzz::fuzz_icalendar in readers.hpp,
// which the regression suite replays too.

#include "readers.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" auto LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) -> int {
    advocacy::fuzz::fuzz_icalendar({reinterpret_cast<const char*>(data), size});
    return 0;
}
