// SPDX-License-Identifier: MIT
// Publishes the sample campaign as a static web site: index.html with the conferences and a map
// of the states, a page per state, and calendar feeds, all as of September 1, 2015. Open
// DIR/index.html in a browser, or copy DIR to any web server.
//
//   advocacy_example_publish_site DIR
#include <advocacy/advocacy.hpp>

#include <cstdio>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s DIR\n", argv[0]);
        return 2;
    }
    try {
        using namespace date::literals;
        advocacy::site_options options;
        options.today = 2015_y / date::September / 1;  // plans and next meetings as of this day
        options.base_url = "https://example.org/defend-the-decision/";
        const auto written = advocacy::write_site(advocacy::sample_campaign(), argv[1], options);
        std::printf("wrote %zu files into %s; open %s/index.html\n", written.size(), argv[1], argv[1]);
    } catch (const advocacy::error& e) {
        std::fprintf(stderr, "publish_site: %s\n", e.what());
        return 1;
    }
    return 0;
}
