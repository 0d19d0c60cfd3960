// SPDX-License-Identifier: MIT
// libFuzzer target: read_supporters on arbitrary bytes. The body is advocacy::fuzz::fuzz_supporters in
// readers.hpp, which the regression suite replays too.

#include "readers.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" auto LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) -> int {
    advocacy::fuzz::fuzz_supporters({reinterpret_cast<const char*>(data), size});
    return 0;
}
