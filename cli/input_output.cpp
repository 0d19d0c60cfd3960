// SPDX-License-Identifier: MIT
// Reading the campaign a command works on, and writing what it prints or exports.
#include "command.hpp"

#include <advocacy/detail/file.hpp>

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace advocacy::cli {

void write_stdout(std::string_view text) {
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, text.data() + written, text.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw output_error(std::string("cannot write to standard output: ") + std::strerror(errno));
        }
        written += static_cast<std::size_t>(n);
    }
}

auto load_campaign(const std::string& path, std::uintmax_t max_size) -> advocacy::campaign {
    try {
        return advocacy::load(path, max_size);
    } catch (const advocacy::io_error&) {
        throw;  // names the file already
    } catch (const advocacy::error& e) {
        throw advocacy::error(path + ": " + e.what());
    }
}

auto load_campaign(const campaign_input& input) -> advocacy::campaign {
    if (input.path.empty()) return advocacy::sample_campaign();
    return load_campaign(input.path, input.max_size);
}

void emit(const std::string& path, std::ostream& out, const std::string& text) {
    if (!path.empty()) {
        advocacy::detail::write_file_atomically(path, text);
    } else {
        out << text;
        if (!text.empty() && text.back() != '\n') out << '\n';
    }
}

}  // namespace advocacy::cli
