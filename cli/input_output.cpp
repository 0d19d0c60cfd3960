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

auto load_campaign(const arguments& args, const std::string& path) -> advocacy::campaign {
    try {
        return advocacy::load(path, max_size(args));
    } catch (const advocacy::io_error&) {
        throw;  // names the file already
    } catch (const advocacy::error& e) {
        throw advocacy::error(path + ": " + e.what());
    }
}

auto campaign_from(const arguments& args, std::size_t allowed_before) -> advocacy::campaign {
    const auto& pos = args.positionals();
    if (pos.size() > allowed_before + 1) throw usage_error("too many arguments: " + pos.back());
    if (pos.size() == allowed_before + 1) return load_campaign(args, pos.back());
    return advocacy::sample_campaign();
}

void emit(const arguments& args, std::ostream& out, const std::string& text) {
    if (auto path = args.get("-o")) {
        advocacy::detail::write_file_atomically(*path, text);
    } else {
        out << text;
        if (!text.empty() && text.back() != '\n') out << '\n';
    }
}

}  // namespace advocacy::cli
