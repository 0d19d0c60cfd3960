// SPDX-License-Identifier: MIT
// libFuzzer target: a file as `advocacy import` reads it, its format told by its content (vCard,
// JSON, iCalendar or an announcement). The body is advocacy::fuzz::fuzz_import in readers.hpp,
// which the regression suite replays too.

#include "readers.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" auto LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) -> int {
    advocacy::fuzz::fuzz_import({reinterpret_cast<const char*>(data), size});
    return 0;
}
