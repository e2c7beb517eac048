#pragma once

#include "FactCard.h"
#include "Story.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace sahel {

/// The story's facts as cards, in presentation order and in the current language.
class FactListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AtlasController")

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        TitleRole,
        TextRole,
        TranslatedRole,
        SpeakerRole,
        SpeakerRoleRole,
        DateRole,
        ContextRole,
        ValueRole,
        UnitRole,
        QualifierRole,
        SourceRole,
        ParagraphRole,
        RegionIdsRole,
        RegionNamesRole,
        NotesRole,
        SearchTextRole,
    };
    Q_ENUM(Role)
    /// What KindRole and FactCard::kind hold, as QML compares them (FactListModel.Quote...).
    enum class Kind { Fact = int(FactKind::Fact), Figure = int(FactKind::Figure), Quote = int(FactKind::Quote),
                      Event = int(FactKind::Event) };
    Q_ENUM(Kind)

    explicit FactListModel(QObject *parent = nullptr);

    /// regionNames maps region ids to their names in the current language.
    void reset(const Story *story, const QString &language, const QHash<QString, QString> &regionNames);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &factId) const;
    /// The fact's card in the model's language; invalid for an unknown fact.
    FactCard card(const QString &factId) const;
    const Fact *factAt(int row) const;

private:
    QString formattedValue(const Fact &fact) const;
    QString formattedDate(const Fact &fact) const;

    const Story *m_story = nullptr;
    QList<const Fact *> m_facts;
    QString m_language;
    QHash<QString, QString> m_regionNames;
};

} // namespace sahel
