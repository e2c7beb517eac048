#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace sahel {

/// A value made on first read, once, whichever thread reads first; copies share it. What a snapshot holds
/// of a shape is decoded this way: a view reads only what it shows, and most of the world is never read.
template<typename T> class Lazy
{
public:
    Lazy() = default;
    /// A value already made.
    static Lazy of(T value)
    {
        Lazy lazy;
        lazy.m_state = std::make_shared<State>();
        lazy.m_state->value = std::move(value);
        std::call_once(lazy.m_state->once, [] {});
        lazy.m_state->made.store(true, std::memory_order_release);
        return lazy;
    }
    /// A value make() makes when first read.
    static Lazy later(std::function<T()> make)
    {
        Lazy lazy;
        lazy.m_state = std::make_shared<State>();
        lazy.m_state->make = std::move(make);
        return lazy;
    }

    /// The value (a default one for a default Lazy), made now if not yet.
    const T &get() const
    {
        if (!m_state) {
            static const T none{};
            return none;
        }
        State &s = *m_state;
        std::call_once(s.once, [&s] {
            s.value = s.make();
            s.make = nullptr; // what it captured (the snapshot's bytes) is no longer needed
            s.made.store(true, std::memory_order_release);
        });
        return s.value;
    }
    bool isMade() const { return !m_state || m_state->made.load(std::memory_order_acquire); }

private:
    struct State
    {
        std::once_flag once;
        std::atomic<bool> made{false};
        std::function<T()> make;
        T value;
    };
    std::shared_ptr<State> m_state;
};

} // namespace sahel
