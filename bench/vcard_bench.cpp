// SPDX-License-Identifier: MIT
// Reading and writing address books. read_vcard at n = 10^3, 10^4 cards of the shape Google
// Contacts exports (two emails, a phone, an address, an ORG shared by 20 cards), and at n = 10^2,
// 10^3 cards of Apple's shape with a 25 KB photo folded over 330 lines in every card, which the
// reader must skip at the cost of scanning it; to_vcard of a campaign whose people are in two
// groups each. All should grow linearly with n.
#include "advocacy/campaign.hpp"
#include "advocacy/vcard.hpp"

#include <benchmark/benchmark.h>

#include <string>

using namespace advocacy::literals;

namespace {

auto google_card(int i) -> std::string {
    const auto n = std::to_string(i);
    return "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person " + n + " Example\r\nN:Example;Person " + n +
           ";;;\r\nEMAIL;TYPE=INTERNET;TYPE=WORK:p" + n + "@example.org\r\nEMAIL;TYPE=INTERNET;TYPE=HOME:p" + n +
           "@example.com\r\nTEL;TYPE=CELL:(612) 555-01" + std::to_string(i % 100) +
           "\r\nitem1.X-ABLabel:Volunteer\r\nADR;TYPE=WORK:;;" + n +
           " Example Ave S;Minneapolis;MN;55405;US\r\nORG:Group " + std::to_string(i / 20) +
           "\r\nTITLE:Coordinator\r\nCATEGORIES:myContacts\r\nEND:VCARD\r\n";
}

auto apple_card(int i) -> std::string {
    std::string photo = "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD";
    for (int line = 0; line < 330; ++line) photo += "\r\n " + std::string(74, 'Q');
    const auto n = std::to_string(i);
    return "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Example;Person " + n + ";;;\r\nFN:Person " + n +
           " Example\r\nORG:Group " + std::to_string(i / 20) + ";Letters;\r\nitem1.EMAIL;type=INTERNET;type=pref:p" +
           n + "@example.org\r\nitem1.X-ABLabel:_$!<Other>!$_\r\nTEL;type=CELL;type=VOICE;type=pref:651-555-0107\r\n" +
           photo + "\r\nEND:VCARD\r\n";
}

template <auto card>
void read(benchmark::State& state) {
    std::string text;
    for (int i = 0; i < state.range(0); ++i) text += card(i);
    for (auto _ : state) {
        auto result = advocacy::read_vcard(text);
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

void BM_read_vcard_google(benchmark::State& state) { read<google_card>(state); }
void BM_read_vcard_apple_photos(benchmark::State& state) { read<apple_card>(state); }

void BM_to_vcard_people_in_two_groups(benchmark::State& state) {
    advocacy::campaign c("bench", "Bench");
    const int people = static_cast<int>(state.range(0));
    for (int g = 0; g < people / 10; ++g) {
        advocacy::group group;
        group.id = "g" + std::to_string(g);
        group.name = "Group " + std::to_string(g);
        group.place.locality = "Springfield";
        group.place.state = "IL"_state;
        // every person is in two neighbouring groups
        for (int k = 0; k < 20; ++k) {
            const int p = (g * 10 + k) % people;
            group.contacts.push_back({"Person " + std::to_string(p), k < 10 ? "Chair" : "Member",
                                      "p" + std::to_string(p) + "@example.org", "(612) 555-0143"});
        }
        c.add_group(std::move(group));
    }
    for (auto _ : state) {
        auto text = advocacy::to_vcard(c);
        benchmark::DoNotOptimize(text);
    }
    state.SetItemsProcessed(state.iterations() * people);
}

}  // namespace

BENCHMARK(BM_read_vcard_google)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_read_vcard_apple_photos)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_to_vcard_people_in_two_groups)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
