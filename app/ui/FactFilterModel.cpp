#include "FactFilterModel.h"

#include "FactListModel.h"

namespace sahel {

FactFilterModel::FactFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &FactFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &FactFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &FactFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &FactFilterModel::countChanged);
}

QString FactFilterModel::foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.toCaseFolded());
    return folded;
}

void FactFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_searchWords = foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
    emit searchTextChanged();
    emit countChanged();
}

void FactFilterModel::setRegionId(const QString &regionId)
{
    if (regionId == m_regionId)
        return;
    m_regionId = regionId;
    invalidateFilter();
    emit regionIdChanged();
    emit countChanged();
}

QString FactFilterModel::factIdAt(int row) const
{
    return data(index(row, 0), FactListModel::IdRole).toString();
}

int FactFilterModel::rowOfFact(const QString &factId) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (factIdAt(row) == factId)
            return row;
    return -1;
}

bool FactFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_regionId.isEmpty() &&
        !sourceModel()->data(index, FactListModel::RegionIdsRole).toStringList().contains(m_regionId))
        return false;
    if (m_searchWords.isEmpty())
        return true;
    const QString haystack = foldForSearch(sourceModel()->data(index, FactListModel::SearchTextRole).toString());
    for (const QString &word : m_searchWords)
        if (!haystack.contains(word))
            return false;
    return true;
}

} // namespace sahel
