#include "LocalizedText.h"

namespace sahel {

LocalizedText::LocalizedText(QString original, QString language)
    : m_original(std::move(language))
{
    m_texts.insert(m_original, std::move(original));
}

void LocalizedText::set(const QString &language, const QString &text)
{
    m_texts.insert(language, text);
}

QString LocalizedText::text(const QString &language) const
{
    if (auto it = m_texts.constFind(language); it != m_texts.cend())
        return *it;
    if (auto it = m_texts.constFind(m_original); it != m_texts.cend())
        return *it;
    return m_texts.isEmpty() ? QString() : m_texts.first();
}

} // namespace sahel
