#include "PlaceQueryRunner.h"

#include "GeoDatabase.h"
#include "PlaceFinder.h"

#include <QTextStream>

namespace sahel {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

/// One row: kind, code or GeoNames id, French name, English name, country, longitude, latitude.
void printRow(const PlaceMatch &place)
{
    const QString id = place.kind == PlaceMatch::Kind::Town ? QString::number(place.geonameid) : place.code;
    out() << place.kindName() << '\t' << id << '\t' << place.nameFr << '\t' << place.nameEn << '\t'
          << place.countryCode << '\t' << QString::number(place.position.lon, 'f', 4) << '\t'
          << QString::number(place.position.lat, 'f', 4) << '\n';
}

void printHeader()
{
    out() << "kind\tcode or geonameid\tname (fr)\tname (en)\tcountry\tlon\tlat\n";
}

int listRegions(const GeoData &data, const QString &iso)
{
    const PlaceFinder finder(data);
    const AdminUnit *country = data.country(iso);
    if (!country) {
        const QString hint = PlaceFinder::didYouMean(finder.suggestCode(iso, QString()));
        err() << "sahel-atlas: no country \"" << iso << "\" in the map data"
              << (hint.isEmpty() ? QString() : QStringLiteral("; ") + hint) << Qt::endl;
        return CommandLine::InputOutputError;
    }
    const QList<PlaceMatch> places = finder.ofCountry(iso);
    printHeader();
    for (const PlaceMatch &place : finder.find(country->nameEn))
        if (place.kind == PlaceMatch::Kind::Country && place.code == iso)
            printRow(place);
    for (const PlaceMatch &place : places)
        printRow(place);
    out() << Qt::flush;
    if (places.isEmpty())
        err() << "sahel-atlas: the map data has no admin-1 units or towns of " << iso
              << "; a story can use it as a country, or a place with lon and lat" << Qt::endl;
    return CommandLine::Done;
}

int findPlace(const GeoData &data, const QString &name)
{
    const QList<PlaceMatch> places = PlaceFinder(data).find(name, 50);
    if (places.isEmpty()) {
        err() << "sahel-atlas: no country, admin-1 unit or town named like \"" << name
              << "\" in the map data; a story can name it as a place with lon and lat" << Qt::endl;
        return CommandLine::InputOutputError;
    }
    printHeader();
    for (const PlaceMatch &place : places)
        printRow(place);
    out() << Qt::flush;
    return CommandLine::Done;
}

} // namespace

int PlaceQueryRunner::run(const CommandLine &commandLine)
{
    const GeoDatabaseLoad load = GeoDatabase::openEmbedded();
    if (!load.database) {
        err() << load.error << Qt::endl;
        return CommandLine::InputOutputError;
    }
    const GeoData &data = load.database->data();
    return commandLine.mode == CommandLine::Mode::ListRegions ? listRegions(data, commandLine.placeQuery)
                                                              : findPlace(data, commandLine.placeQuery);
}

} // namespace sahel
