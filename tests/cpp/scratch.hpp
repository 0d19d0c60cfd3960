// SPDX-License-Identifier: MIT
#pragma once

// Test helpers for tests that write files: a fresh folder removed at the end of the test, and a
// file's bytes read back.

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>

namespace advocacy::testing {

/// A fresh folder under the temporary directory ("advocacy-<name>-<pid>-<ticks>"), removed with
/// its content at the end of the test, even where a test took away its permissions.
struct scratch {
    std::filesystem::path path;
    explicit scratch(const std::string& name) {
        path = std::filesystem::temp_directory_path() /
               ("advocacy-" + name + "-" + std::to_string(::getpid()) + "-" +
                std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
        std::filesystem::create_directories(path);
    }
    scratch(const scratch&) = delete;
    auto operator=(const scratch&) -> scratch& = delete;
    ~scratch() {
        std::error_code ignored;
        std::filesystem::permissions(path, std::filesystem::perms::owner_all, std::filesystem::perm_options::add,
                                     ignored);
        std::filesystem::remove_all(path, ignored);
    }
};

/// The bytes of the file at `path` ("" when it cannot be opened).
inline auto read_text(const std::filesystem::path& path) -> std::string {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace advocacy::testing
