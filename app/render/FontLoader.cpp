#include "FontLoader.h"

#include <QFontDatabase>
#include <QStringList>

namespace sahel {

QString FontLoader::ensureLoaded()
{
    static const QString family = [] {
        QString name;
        const QStringList files{QStringLiteral(":/fonts/OpenSans-Regular.ttf"),
                                QStringLiteral(":/fonts/OpenSans-Semibold.ttf"),
                                QStringLiteral(":/fonts/OpenSans-Bold.ttf"),
                                QStringLiteral(":/fonts/OpenSans-Italic.ttf")};
        for (const QString &file : files) {
            const int id = QFontDatabase::addApplicationFont(file);
            if (id >= 0 && name.isEmpty())
                name = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        return name.isEmpty() ? QStringLiteral("Sans Serif") : name;
    }();
    return family;
}

} // namespace sahel
