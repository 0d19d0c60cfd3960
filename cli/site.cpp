// SPDX-License-Identifier: MIT
// The campaign published as a static web site: site.
#include "command.hpp"

namespace advocacy::cli {
namespace {

struct site_options {
    campaign_input input;
    std::string directory, today, base_url;
};

void run_site(const site_options& o, std::ostream& out) {
    const auto c = load_campaign(o.input);
    advocacy::site_options options;
    options.today = day_of(o.today).value_or(today_utc());
    options.base_url = o.base_url;
    const auto written = advocacy::write_site(c, o.directory, options);
    out << "wrote " << counted(written.size(), "file", "files") << " into " << escaped(o.directory) << "\n";
}

}  // namespace

void add_site(command_line& commands) {
    auto o = std::make_shared<site_options>();
    auto& sub = commands.add(
        "site", "-o DIR [--today YYYY-MM-DD] [--base-url URL] [CAMPAIGN.json]",
        "publish the campaign as a static web site",
        "Writes the campaign as a static web site into DIR (made when missing): index.html with the\n"
        "summary, the actions as steps, the conferences as cards and a map of the states by region;\n"
        "a page per state with its groups, their next meetings and the personal plan as of --today;\n"
        "calendar feeds (.ics) for the campaign, each region, group and conference, with the UIDs of\n"
        "`export ics`, so that subscribers see no duplicates. No page needs JavaScript.",
        [o](std::ostream& out) { run_site(*o, out); });
    sub.add_option("-o", o->directory, "the folder to write the site into")
        ->type_name("DIR")
        ->required()
        ->group("Output");
    add_day(sub, "--today", o->today, "the day plans and next meetings start from (default: today)");
    sub.add_option("--base-url", o->base_url,
                   "the http(s) address the site is published at, for canonical links (default: none)")
        ->type_name("URL")
        ->group("Output");
    add_campaign(sub, o->input);
}

}  // namespace advocacy::cli
