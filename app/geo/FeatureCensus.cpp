#include "FeatureCensus.h"

#include <QFile>

#include <algorithm>
#include <cstring>

namespace sahel {

namespace {

constexpr qint64 chunkSize = 1 << 20;

bool isBlank(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool startsNumber(char c)
{
    return (c >= '0' && c <= '9') || c == '-';
}

/// URLs GDAL resolves from its own tables (OGC CRS URIs), so nothing is left unfetched.
bool isLocalCrsUrl(const QByteArray &text)
{
    for (const char *prefix : {"http://www.opengis.net/", "https://www.opengis.net/", "http://opengis.net/",
                               "https://opengis.net/"})
        if (text.startsWith(prefix))
            return true;
    return false;
}

bool isUrl(const QByteArray &text)
{
    const QByteArray lower = text.left(8).toLower();
    return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("ftp://");
}

/// The streaming JSON counter: a small state machine fed byte by byte, chunk by chunk.
class JsonCounter
{
public:
    void feed(const char *data, qint64 size)
    {
        for (qint64 i = 0; i < size; ++i)
            step(data[i]);
    }
    FeatureCensus result() const
    {
        FeatureCensus census;
        census.features = m_features;
        census.vertices = m_positions;
        census.rings = m_arraysOfPositions;
        census.remoteCrs = m_remoteCrs;
        census.topology = m_topology;
        return census;
    }

private:
    static constexpr qsizetype keptStringBytes = 64;

    void step(char c)
    {
        if (m_inString) {
            if (m_escaped)
                m_escaped = false;
            else if (c == '\\')
                m_escaped = true;
            else if (c == '"')
                endString();
            else if (m_string.size() < keptStringBytes)
                m_string.append(c);
            return;
        }
        if (isBlank(c))
            return;
        if (m_crsNext && c != ':' && c != '{')
            m_crsNext = false;
        if (m_openBrackets > 0 && c != '[') {
            if (startsNumber(c)) {
                ++m_positions;
                if (m_openBrackets >= 2)
                    ++m_arraysOfPositions;
            }
            m_openBrackets = 0;
        }
        switch (c) {
        case '"':
            m_inString = true;
            m_string.clear();
            m_stringIsKey = m_depth == 1 && (m_last == '{' || m_last == ',');
            m_stringIsValue = m_last == ':';
            break;
        case '[':
            ++m_openBrackets;
            ++m_depth;
            break;
        case '{':
            ++m_depth;
            if (m_crsNext && m_depth == 2)
                m_inCrs = true;
            m_crsNext = false;
            break;
        case ']':
        case '}':
            --m_depth;
            if (m_depth < 2)
                m_inCrs = false;
            break;
        default:
            break;
        }
        m_last = c;
    }

    void endString()
    {
        m_inString = false;
        if (m_stringIsValue && m_string == "Feature")
            ++m_features;
        if (m_stringIsKey) {
            m_crsNext = m_string == "crs";
            m_topLevelKey = m_string;
        }
        if (m_stringIsValue && m_depth == 1 && m_topLevelKey == "type" && m_string == "Topology")
            m_topology = true;
        if (m_inCrs && isUrl(m_string) && !isLocalCrsUrl(m_string))
            m_remoteCrs = true;
        m_last = '"';
    }

    qint64 m_features = 0;
    qint64 m_positions = 0;
    qint64 m_arraysOfPositions = 0;
    int m_openBrackets = 0; ///< '[' in a row just read, with nothing else between them
    qint64 m_depth = 0;
    char m_last = 0; ///< the last significant character outside strings
    bool m_inString = false;
    bool m_escaped = false;
    bool m_stringIsKey = false;
    bool m_stringIsValue = false;
    bool m_crsNext = false; ///< the top-level key "crs" was just read: its object comes next
    bool m_inCrs = false;
    bool m_remoteCrs = false;
    bool m_topology = false;
    QByteArray m_string;
    QByteArray m_topLevelKey;
};

} // namespace

FeatureCensus FeatureCensus::ofCsv(const QString &path)
{
    FeatureCensus census;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        census.readFailed = true;
        return census;
    }
    QByteArray chunk(chunkSize, Qt::Uninitialized);
    qint64 lines = 0;
    bool inQuotes = false;
    char last = '\n';
    qint64 read = 0;
    while ((read = file.read(chunk.data(), chunkSize)) > 0) {
        const char *begin = chunk.constData();
        const char *end = begin + read;
        // The common case, no quote at all in a megabyte, is a plain (vectorised) count of newlines.
        if (!inQuotes && !std::memchr(begin, '"', static_cast<size_t>(read))) {
            lines += std::count(begin, end, '\n');
        } else {
            for (const char *p = begin; p != end; ++p) {
                if (*p == '"')
                    inQuotes = !inQuotes;
                else if (*p == '\n' && !inQuotes)
                    ++lines;
            }
        }
        last = end[-1];
    }
    if (last != '\n')
        ++lines; // the last record without its newline
    census.features = std::max<qint64>(0, lines - 1);
    census.vertices = census.features;
    census.rings = 0;
    census.readFailed = read < 0;
    return census;
}

FeatureCensus FeatureCensus::ofJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        FeatureCensus census;
        census.readFailed = true;
        return census;
    }
    QByteArray chunk(chunkSize, Qt::Uninitialized);
    JsonCounter counter;
    qint64 read = 0;
    while ((read = file.read(chunk.data(), chunkSize)) > 0)
        counter.feed(chunk.constData(), read);
    FeatureCensus census = counter.result();
    census.readFailed = read < 0;
    return census;
}

bool FeatureCensus::looksLikeJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4096);
    const auto first = std::find_if_not(head.cbegin(), head.cend(), isBlank);
    return first != head.cend() && *first == '{';
}

} // namespace sahel
