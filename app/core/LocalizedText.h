#pragma once

#include <QMap>
#include <QString>

namespace sahel {

/// A text in several languages; one of them is the original, the others are translations.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(QString original, QString language = QStringLiteral("fr"));

    void set(const QString &language, const QString &text);
    void remove(const QString &language) { m_texts.remove(language); }
    void setOriginalLanguage(const QString &language) { m_original = language; }
    /// The text in that language, else in the original language, else any.
    QString text(const QString &language) const;
    bool has(const QString &language) const { return m_texts.contains(language); }
    bool isTranslation(const QString &language) const { return language != m_original && has(language); }
    bool isEmpty() const { return m_texts.isEmpty(); }
    QString originalLanguage() const { return m_original; }
    const QMap<QString, QString> &all() const { return m_texts; }

    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;

private:
    QMap<QString, QString> m_texts;
    QString m_original = QStringLiteral("fr");
};

} // namespace sahel
