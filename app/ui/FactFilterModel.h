#pragma once

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace sahel {

/// Filters the cards by typed text (accent- and case-insensitive) and by a region picked on the map.
class FactFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AtlasController")
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(QString regionId READ regionId WRITE setRegionId NOTIFY regionIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit FactFilterModel(QObject *parent = nullptr);

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    QString regionId() const { return m_regionId; }
    void setRegionId(const QString &regionId);
    int count() const { return rowCount(); }

    /// The fact id at a row of this (filtered) model.
    Q_INVOKABLE QString factIdAt(int row) const;
    Q_INVOKABLE int rowOfFact(const QString &factId) const;

    /// Lower case without accents: "Tillabéri" matches "tillaberi".
    static QString foldForSearch(const QString &text);

signals:
    void searchTextChanged();
    void regionIdChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
    QStringList m_searchWords;
    QString m_regionId;
};

} // namespace sahel
