#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace sahel {

/// One fact's words in the current language, as a slide or the presenter's view shows them: a value
/// with typed fields (kind is a FactListModel::Kind) instead of a map of strings.
struct FactCard
{
    Q_GADGET
    QML_VALUE_TYPE(factCard)
    Q_PROPERTY(QString factId MEMBER factId)
    Q_PROPERTY(int kind MEMBER kind)
    Q_PROPERTY(int number MEMBER number)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString body MEMBER body)
    Q_PROPERTY(QString speaker MEMBER speaker)
    Q_PROPERTY(QString speakerRole MEMBER speakerRole)
    Q_PROPERTY(QString date MEMBER date)
    Q_PROPERTY(QString context MEMBER context)
    Q_PROPERTY(QString value MEMBER value)
    Q_PROPERTY(QString unit MEMBER unit)
    Q_PROPERTY(QString qualifier MEMBER qualifier)
    Q_PROPERTY(QString source MEMBER source)
    Q_PROPERTY(int paragraph MEMBER paragraph)
    Q_PROPERTY(QString notes MEMBER notes)
    Q_PROPERTY(bool valid READ isValid)

public:
    QString factId;
    int kind = 0;
    int number = 0; ///< 1 for the first fact in presentation order
    QString title;
    QString body;
    QString speaker;
    QString speakerRole;
    QString date;
    QString context;
    QString value;
    QString unit;
    QString qualifier;
    QString source;
    int paragraph = 0;
    QString notes;

    bool isValid() const { return !factId.isEmpty(); }
    friend bool operator==(const FactCard &, const FactCard &) = default;
};

} // namespace sahel
