#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace sahel {

/// Runs work(0) to work(count - 1) on every core, this thread included, each index once, and returns when
/// all are done. For independent pieces of one load (the GeoPackage's units, the snapshot's sections).
template<typename Work> void onEveryCore(std::size_t count, const Work &work)
{
    std::atomic<std::size_t> next = 0;
    const auto run = [&] {
        for (std::size_t i = next++; i < count; i = next++)
            work(i);
    };
    std::vector<std::thread> helpers;
    const std::size_t threads =
        std::min<std::size_t>(count, std::max(1U, std::thread::hardware_concurrency()));
    for (std::size_t i = 1; i < threads; ++i)
        helpers.emplace_back(run);
    run();
    for (std::thread &helper : helpers)
        helper.join();
}

} // namespace sahel
