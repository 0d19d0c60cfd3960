// SPDX-License-Identifier: MIT
// libFuzzer target: a date range as organizers write it (parse_date_range). The body is advocacy::fuzz::fuzz_date_range in readers.hpp,
// which the regression suite replays too.

#include "readers.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" auto LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) -> int {
    advocacy::fuzz::fuzz_date_range({reinterpret_cast<const char*>(data), size});
    return 0;
}
