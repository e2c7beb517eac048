#include "FactListModel.h"

#include <QLocale>

namespace sahel {

FactListModel::FactListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void FactListModel::reset(const Story *story, const QString &language, const QHash<QString, QString> &regionNames)
{
    beginResetModel();
    m_story = story;
    m_facts = story ? story->orderedFacts() : QList<const Fact *>();
    m_language = language;
    m_regionNames = regionNames;
    endResetModel();
}

int FactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_facts.size());
}

int FactListModel::rowOf(const QString &factId) const
{
    for (qsizetype i = 0; i < m_facts.size(); ++i)
        if (m_facts[i]->id == factId)
            return static_cast<int>(i);
    return -1;
}

const Fact *FactListModel::factAt(int row) const
{
    return row >= 0 && row < m_facts.size() ? m_facts[row] : nullptr;
}

QString FactListModel::formattedValue(const Fact &fact) const
{
    if (!fact.value)
        return {};
    const QLocale locale(m_language == QLatin1String("fr") ? QLocale::French : QLocale::English);
    const double value = *fact.value;
    const bool whole = value == static_cast<double>(static_cast<qint64>(value));
    return whole ? locale.toString(static_cast<qint64>(value)) : locale.toString(value, 'f', 1);
}

QString FactListModel::formattedDate(const Fact &fact) const
{
    if (!fact.date.isValid())
        return {};
    const QLocale locale(m_language == QLatin1String("fr") ? QLocale::French : QLocale::English);
    return locale.toString(fact.date, QStringLiteral("d MMMM yyyy"));
}

QVariant FactListModel::data(const QModelIndex &index, int role) const
{
    const Fact *fact = factAt(index.row());
    if (!fact || index.parent().isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return fact->title.text(m_language);
    case IdRole:
        return fact->id;
    case KindRole:
        return static_cast<int>(fact->kind);
    case TextRole:
        return fact->text.text(m_language);
    case TranslatedRole:
        return fact->text.isTranslation(m_language);
    case SpeakerRole:
        return fact->speaker;
    case SpeakerRoleRole:
        return fact->role.text(m_language);
    case DateRole:
        return formattedDate(*fact);
    case ContextRole:
        return fact->context.text(m_language);
    case ValueRole:
        return formattedValue(*fact);
    case UnitRole:
        return fact->unit.text(m_language);
    case QualifierRole:
        return fact->qualifier.text(m_language);
    case SourceRole:
        return fact->source.isEmpty() ? QString() : fact->source.text(m_language);
    case ParagraphRole:
        return fact->paragraph;
    case RegionIdsRole:
        return fact->regionIds;
    case RegionNamesRole: {
        QStringList names;
        for (const QString &regionId : fact->regionIds)
            names.append(m_regionNames.value(regionId, regionId));
        return names.join(QStringLiteral(" · "));
    }
    case NotesRole:
        return fact->notes.text(m_language);
    case SearchTextRole: {
        // Every language at once: a French teacher may search for an English word and the reverse.
        QStringList parts;
        for (const LocalizedText *text : {&fact->title, &fact->text, &fact->source, &fact->context})
            parts += text->all().values();
        parts.append(fact->speaker);
        for (const QString &regionId : fact->regionIds)
            parts.append(m_regionNames.value(regionId));
        return parts.join(u'\n');
    }
    default:
        return {};
    }
}

FactCard FactListModel::card(const QString &factId) const
{
    const int row = rowOf(factId);
    const QModelIndex at = index(row);
    if (row < 0)
        return {};
    const auto text = [this, &at](Role role) { return data(at, role).toString(); };
    FactCard card;
    card.factId = factId;
    card.kind = data(at, KindRole).toInt();
    card.number = row + 1;
    card.title = text(TitleRole);
    card.body = text(TextRole);
    card.speaker = text(SpeakerRole);
    card.speakerRole = text(SpeakerRoleRole);
    card.date = text(DateRole);
    card.context = text(ContextRole);
    card.value = text(ValueRole);
    card.unit = text(UnitRole);
    card.qualifier = text(QualifierRole);
    card.source = text(SourceRole);
    card.paragraph = data(at, ParagraphRole).toInt();
    card.notes = text(NotesRole);
    return card;
}

QHash<int, QByteArray> FactListModel::roleNames() const
{
    return {{IdRole, "factId"},          {KindRole, "kind"},         {TitleRole, "title"},
            {TextRole, "body"},          {TranslatedRole, "translated"}, {SpeakerRole, "speaker"},
            {SpeakerRoleRole, "speakerRole"}, {DateRole, "date"},    {ContextRole, "context"},
            {ValueRole, "value"},        {UnitRole, "unit"},         {QualifierRole, "qualifier"},
            {SourceRole, "source"},      {ParagraphRole, "paragraph"}, {RegionIdsRole, "regionIds"},
            {RegionNamesRole, "regionNames"}, {NotesRole, "notes"}};
}

} // namespace sahel
