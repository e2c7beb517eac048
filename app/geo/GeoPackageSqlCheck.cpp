#include "GeoPackageSqlCheck.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <sqlite3.h>

#include <memory>

namespace sahel {

namespace {

struct DatabaseCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};
struct StatementFinalizer
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};

int stopWhenLate(void *deadline)
{
    return LoadBudget::Clock::now() >= *static_cast<const LoadBudget::Clock::time_point *>(deadline) ? 1 : 0;
}

QString column(sqlite3_stmt *statement, int index)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, index));
    return text ? QString::fromUtf8(text) : QString();
}

/// The module of a CREATE VIRTUAL TABLE statement ("rtree" for a GeoPackage's spatial index), else empty.
QString virtualTableModule(const QString &sql)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*CREATE\s+VIRTUAL\s+TABLE\s.*?\bUSING\s+(\w+))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = pattern.match(sql);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

} // namespace

bool GeoPackageSqlCheck::isSqlite(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

QString GeoPackageSqlCheck::check(const QString &path, const QString &displayName,
                                  LoadBudget::Clock::time_point deadline)
{
    sqlite3 *raw = nullptr;
    const QByteArray utf8 = path.toUtf8();
    const int opened = sqlite3_open_v2(utf8.constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    const std::unique_ptr<sqlite3, DatabaseCloser> db(raw);
    // What SQLite cannot read here, GDAL could read no better through the same library; refusing it rather
    // than handing it on means no schema goes unscreened.
    const auto unreadable = [&] {
        return QStringLiteral("%1: not a readable GeoPackage: SQLite cannot read its schema (%2)")
            .arg(displayName, QString::fromUtf8(sqlite3_errmsg(db.get())));
    };
    if (opened != SQLITE_OK)
        return unreadable();
    // Even this read of the schema is bounded: SQLite stops any statement when the handler says so.
    sqlite3_progress_handler(db.get(), 1000, stopWhenLate, &deadline);
    sqlite3_stmt *rawStatement = nullptr;
    if (sqlite3_prepare_v2(db.get(), "SELECT type, name, sql FROM sqlite_master", -1, &rawStatement,
                           nullptr) != SQLITE_OK)
        return unreadable();
    const std::unique_ptr<sqlite3_stmt, StatementFinalizer> statement(rawStatement);
    QStringList views;
    QStringList virtualTables;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement.get())) == SQLITE_ROW) {
        const QString type = column(statement.get(), 0);
        const QString name = column(statement.get(), 1);
        if (type == QLatin1String("view"))
            views.append(QLatin1Char('"') + name + QLatin1Char('"'));
        else if (type == QLatin1String("table")) {
            const QString module = virtualTableModule(column(statement.get(), 2));
            if (!module.isEmpty() && module != QLatin1String("rtree"))
                virtualTables.append(QStringLiteral("\"%1\" (%2)").arg(name, module));
        }
    }
    if (step == SQLITE_INTERRUPT)
        return LoadBudget::timeError(displayName);
    if (step != SQLITE_DONE)
        return unreadable();
    if (!views.isEmpty())
        return QStringLiteral(
                   "%1: holds SQL views (%2); a view runs a query the file supplies, so Sahel Atlas "
                   "refuses it: save its layers as tables (ogr2ogr) and add that file")
            .arg(displayName, views.join(u", "));
    if (!virtualTables.isEmpty())
        return QStringLiteral(
                   "%1: holds virtual tables (%2), whose contents come from code, not from the file; "
                   "Sahel Atlas refuses them")
            .arg(displayName, virtualTables.join(u", "));
    return {};
}

} // namespace sahel
