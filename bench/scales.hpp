// SPDX-License-Identifier: MIT
#pragma once
// The sizes the scaling benchmarks run at: 10^3, 10^4 and 10^5, and 10^6 as well when the
// environment variable ADVOCACY_BENCH_MILLION is set (a run of many minutes and a few GB of
// memory, so not by default): ADVOCACY_BENCH_MILLION=1 advocacy_bench_campaign.
#include <benchmark/benchmark.h>

#include <cstdlib>

namespace advocacy_bench {

inline void scales(benchmark::internal::Benchmark* b) {
    b->Arg(1'000)->Arg(10'000)->Arg(100'000);
    if (std::getenv("ADVOCACY_BENCH_MILLION") != nullptr) b->Arg(1'000'000);
}

}  // namespace advocacy_bench
