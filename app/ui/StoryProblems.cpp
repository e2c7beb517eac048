#include "StoryProblems.h"

#include <QRegularExpression>
#include <QVariantMap>

namespace sahel::StoryProblems {

namespace {

// "facts[3].regions[1]" -> the fact's id and "regions"; "regions[2].iso" -> the region's id and "iso".
QVariantMap located(const Story &story, const QString &path, const QString &text)
{
    static const QRegularExpression item(QStringLiteral("^(facts|regions)\\[(\\d+)\\](?:\\.([A-Za-z]+))?"));
    // A missing field is reported on its object: the field is named in the message.
    static const QRegularExpression missing(QStringLiteral("missing required field \"([A-Za-z]+)\""));
    QVariantMap problem{{QStringLiteral("text"), text}, {QStringLiteral("path"), path}};
    const QRegularExpressionMatch match = item.match(path);
    if (match.hasMatch()) {
        const int index = match.captured(2).toInt();
        const QRegularExpressionMatch missingField = missing.match(text);
        const QString field = !match.captured(3).isEmpty() ? match.captured(3)
                              : missingField.hasMatch()    ? missingField.captured(1)
                                                           : QString();
        problem.insert(QStringLiteral("field"), field);
        if (match.captured(1) == u"facts" && index < story.facts.size())
            problem.insert(QStringLiteral("factId"), story.facts.at(index).id);
        else if (match.captured(1) == u"regions" && index < story.regions.size())
            problem.insert(QStringLiteral("regionId"), story.regions.at(index).id);
    } else if (path.startsWith(QLatin1String("source."))) {
        problem.insert(QStringLiteral("field"),
                       path.section(QLatin1Char('.'), 1).section(QLatin1Char('['), 0, 0));
        problem.insert(QStringLiteral("target"), QStringLiteral("source"));
    } else if (!path.isEmpty()) {
        problem.insert(QStringLiteral("field"), path.section(QLatin1Char('['), 0, 0));
        problem.insert(QStringLiteral("target"), QStringLiteral("story"));
    }
    return problem;
}

} // namespace

QVariantList list(const Story &story, const QList<StoryError> &errors, const QStringList &resolutionMessages)
{
    QVariantList problems;
    for (const StoryError &error : errors)
        problems.append(located(story, error.path,
                                error.path.isEmpty() ? error.message
                                                     : error.path + QStringLiteral(": ") + error.message));
    // The resolver's messages name the file and position first; the path follows them.
    static const QRegularExpression pathInMessage(
        QStringLiteral("^(?:[^:]*:\\d+:\\d+: )?((?:facts|regions)\\[\\d+\\][^:]*): (.*)$"));
    for (const QString &message : resolutionMessages) {
        const QRegularExpressionMatch match = pathInMessage.match(message);
        problems.append(match.hasMatch()
                            ? located(story, match.captured(1),
                                      match.captured(1) + QStringLiteral(": ") + match.captured(2))
                            : QVariantMap{{QStringLiteral("text"), message}});
    }
    return problems;
}

} // namespace sahel::StoryProblems
