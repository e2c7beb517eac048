// sahel-bake-geodata OUT: bakes the embedded GeoPackage into the snapshot the app reads at every start
// (GeoDataSnapshot), so projection, simplification, label points and the border network are computed once,
// when the app is built, instead of at each start.
#include "AtomicFile.h"
#include "GeoDatabase.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    const QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        err << "usage: sahel-bake-geodata OUTPUT.geodata" << Qt::endl;
        return 2;
    }
    const sahel::GeoDatabaseLoad load = sahel::GeoDatabase::openEmbeddedGeoPackage();
    if (!load.database) {
        err << "sahel-bake-geodata: " << load.error << Qt::endl;
        return 1;
    }
    const QByteArray snapshot = load.database->snapshot();
    if (snapshot.isEmpty()) {
        err << "sahel-bake-geodata: a vertex of the map data lies outside the projected plane" << Qt::endl;
        return 1;
    }
    if (const QString error = sahel::AtomicFile::write(arguments.at(1), snapshot); !error.isEmpty()) {
        err << "sahel-bake-geodata: " << error << Qt::endl;
        return 1;
    }
    return 0;
}
