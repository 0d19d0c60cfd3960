// SPDX-License-Identifier: MIT
// The `advocacy` command: a supporter's plan, conferences, groups and meetings of a campaign,
// and conversions between the formats campaigns travel in. Works on the bundled sample campaign
// when no campaign file is given.
//
// Exit status: 0 on success, 1 on an error in the input or in writing the output, 2 on a usage
// error. What it prints from a campaign or a message has its control characters escaped, so no
// file can drive the terminal; exported files are written as they are.
#include "command.hpp"

#include <exception>
#include <iostream>
#include <sstream>

using advocacy::cli::escaped;
using advocacy::cli::output_error;
using advocacy::cli::program;
using advocacy::cli::usage_error;
using advocacy::cli::write_stdout;

// What a command prints to standard output is gathered and written at the end, so that a failed
// write (a full disk, a closed pipe) is seen and reported rather than lost with exit status 0.
int main(int argc, char** argv) {
    std::ostringstream out;
    int status = 0;
    std::string failure;
    try {
        advocacy::cli::command_line commands;
        advocacy::cli::add_questions(commands);
        advocacy::cli::add_plans(commands);
        advocacy::cli::add_files(commands);
        advocacy::cli::add_dates(commands);
        advocacy::cli::add_regions(commands);
        advocacy::cli::add_site(commands);
        status = commands.run(argc, argv, out);
    } catch (const usage_error& e) {
        status = 2;
        failure = e.what();
    } catch (const advocacy::error& e) {
        status = 1;
        failure = e.what();
    } catch (const std::exception& e) {
        // Anything else is a bug in advocacy, but still one clear sentence, never an abort.
        status = 1;
        failure = std::string("internal error: ") + e.what();
    }
    try {
        write_stdout(out.view());
    } catch (const output_error& e) {
        if (status == 0) {  // a command that failed already says why
            status = 1;
            failure = e.what();
        }
    }
    if (!failure.empty()) std::cerr << program << ": " << escaped(failure) << "\n";
    return status;
}
