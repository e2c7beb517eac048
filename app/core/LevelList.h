#pragma once

#include <QByteArray>
#include <QList>

#include <atomic>
#include <iterator>
#include <memory>
#include <mutex>
#include <vector>

namespace sahel {

/// The simplified levels of a shape or a line, finest first. Levels given as their vertices' counts (how
/// many levels keep each vertex, as a snapshot stores them) are made on first use, each on its own: a world
/// of shapes is drawn at one or two levels at a time, and making all seven of every shape at each start
/// took most of the start and of the memory. A value; copies share what was made, and reading from several
/// threads at once is safe (each level is made once, under std::call_once).
template<typename T> class LevelList
{
public:
    /// Makes level i of full from the counts (the vertices whose count is above i).
    using Maker = T (*)(const T &full, const QByteArray &counts, qsizetype level);

    LevelList() = default;
    /// Levels already made.
    LevelList(QList<T> levels) // NOLINT(google-explicit-constructor): a list of levels is a LevelList
        : m_state(levels.isEmpty() ? nullptr : std::make_shared<State>(std::move(levels)))
    {}
    /// levels levels of full, each made by maker from counts when first read.
    static LevelList fromCounts(T full, QByteArray counts, qsizetype levels, Maker maker)
    {
        LevelList list;
        if (levels > 0)
            list.m_state = std::make_shared<State>(std::move(full), std::move(counts), levels, maker);
        return list;
    }

    qsizetype size() const { return m_state ? m_state->size : 0; }
    bool isEmpty() const { return size() == 0; }
    const T &at(qsizetype i) const
    {
        Q_ASSERT(i >= 0 && i < size());
        const State &s = *m_state;
        if (s.maker) {
            auto &flags = s.flags[static_cast<std::size_t>(i)];
            std::call_once(flags.once, [&] {
                s.levels[static_cast<std::size_t>(i)] = s.maker(s.full, s.counts, i);
                flags.done.store(true, std::memory_order_release);
            });
        }
        return s.levels[static_cast<std::size_t>(i)];
    }
    const T &operator[](qsizetype i) const { return at(i); }
    const T &first() const { return at(0); }
    const T &last() const { return at(size() - 1); }
    /// Every level, made now if not yet.
    QList<T> toList() const
    {
        QList<T> all;
        all.reserve(size());
        for (qsizetype i = 0; i < size(); ++i)
            all.append(at(i));
        return all;
    }
    /// How many levels have been made (all of them for levels given made).
    qsizetype madeCount() const
    {
        if (!m_state || !m_state->maker)
            return size();
        qsizetype made = 0;
        for (qsizetype i = 0; i < size(); ++i)
            made += m_state->isMade(i) ? 1 : 0;
        return made;
    }

    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = T;
        using difference_type = qsizetype;
        using pointer = const T *;
        using reference = const T &;
        const_iterator(const LevelList *list, qsizetype i)
            : m_list(list)
            , m_i(i)
        {}
        reference operator*() const { return m_list->at(m_i); }
        pointer operator->() const { return &m_list->at(m_i); }
        const_iterator &operator++()
        {
            ++m_i;
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator before = *this;
            ++m_i;
            return before;
        }
        bool operator==(const const_iterator &other) const { return m_i == other.m_i; }
        bool operator!=(const const_iterator &other) const { return m_i != other.m_i; }

    private:
        const LevelList *m_list;
        qsizetype m_i;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }

private:
    struct State
    {
        explicit State(QList<T> made)
            : size(made.size())
            , levels(made.cbegin(), made.cend())
        {}
        State(T fullGeometry, QByteArray vertexCounts, qsizetype levelCount, Maker makeLevel)
            : size(levelCount)
            , full(std::move(fullGeometry))
            , counts(std::move(vertexCounts))
            , maker(makeLevel)
            , levels(static_cast<std::size_t>(levelCount))
            , flags(std::make_unique<Flags[]>(static_cast<std::size_t>(levelCount)))
        {}
        bool isMade(qsizetype i) const
        {
            return flags[static_cast<std::size_t>(i)].done.load(std::memory_order_acquire);
        }

        qsizetype size = 0;
        T full;
        QByteArray counts;
        Maker maker = nullptr;
        mutable std::vector<T> levels;
        struct Flags
        {
            std::once_flag once;
            std::atomic<bool> done{false};
        };
        std::unique_ptr<Flags[]> flags;
    };
    std::shared_ptr<const State> m_state;
};

} // namespace sahel
