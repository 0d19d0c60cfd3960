// SPDX-License-Identifier: MIT
// libFuzzer target: a list of days as organizers write it (parse_days). The body is advocacy::fuzz::fuzz_days in readers.hpp,
// which the regression suite replays too.

#include "readers.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" auto LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) -> int {
    advocacy::fuzz::fuzz_days({reinterpret_cast<const char*>(data), size});
    return 0;
}
