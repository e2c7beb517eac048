#include "MapTexts.h"

namespace sahel {

MapTexts MapTexts::forLanguage(const QString &language)
{
    MapTexts t;
    if (language == QLatin1String("fr")) {
        t.legendTitle = QStringLiteral("Légende");
        t.capital = QStringLiteral("Capitale");
        t.town = QStringLiteral("Localité");
        t.nationalBorder = QStringLiteral("Frontière nationale");
        t.admin1Border = QStringLiteral("Limite de région ou province");
        t.otherCountries = QStringLiteral("Autres pays");
        t.selection = QStringLiteral("Lieux du fait choisi");
        t.farPlace = QStringLiteral("Lieu hors carte (direction, distance)");
        t.river = QStringLiteral("Fleuve, rivière");
        t.lake = QStringLiteral("Lac");
        t.kilometres = QStringLiteral("km");
        t.north = QStringLiteral("N");
        t.dataAttribution = QStringLiteral(
            "Frontières, eaux, reliefs : Natural Earth (domaine public) · Localités : GeoNames (CC BY 4.0)");
        t.articlePrefix = QStringLiteral("Article");
        t.publisherUnknown = QStringLiteral("éditeur non précisé");
        t.kindFact = QStringLiteral("Fait");
        t.kindFigure = QStringLiteral("Chiffre");
        t.kindQuote = QStringLiteral("Citation");
        t.kindEvent = QStringLiteral("Contexte");
        t.sourceLabel = QStringLiteral("Source : %1");
        t.theArticle = QStringLiteral("l’article");
        t.paragraphLabel = QStringLiteral("Paragraphe %1 de l’article");
        t.translationNote = QStringLiteral("(traduction)");
        t.contents = QStringLiteral("Les fiches");
    } else {
        t.legendTitle = QStringLiteral("Legend");
        t.capital = QStringLiteral("Capital");
        t.town = QStringLiteral("Town");
        t.nationalBorder = QStringLiteral("National border");
        t.admin1Border = QStringLiteral("Region or province boundary");
        t.otherCountries = QStringLiteral("Other countries");
        t.selection = QStringLiteral("Places of the chosen fact");
        t.farPlace = QStringLiteral("Place beyond the map (direction, distance)");
        t.river = QStringLiteral("River");
        t.lake = QStringLiteral("Lake");
        t.kilometres = QStringLiteral("km");
        t.north = QStringLiteral("N");
        t.dataAttribution = QStringLiteral(
            "Borders, water, relief: Natural Earth (public domain) · Towns: GeoNames (CC BY 4.0)");
        t.articlePrefix = QStringLiteral("Article");
        t.publisherUnknown = QStringLiteral("publisher not given");
        t.kindFact = QStringLiteral("Fact");
        t.kindFigure = QStringLiteral("Figure");
        t.kindQuote = QStringLiteral("Quote");
        t.kindEvent = QStringLiteral("Context");
        t.sourceLabel = QStringLiteral("Source: %1");
        t.theArticle = QStringLiteral("the article");
        t.paragraphLabel = QStringLiteral("Paragraph %1 of the article");
        t.translationNote = QStringLiteral("(translation)");
        t.contents = QStringLiteral("The cards");
    }
    return t;
}

QString MapTexts::kindName(FactKind kind) const
{
    switch (kind) {
    case FactKind::Fact:
        return kindFact;
    case FactKind::Figure:
        return kindFigure;
    case FactKind::Quote:
        return kindQuote;
    case FactKind::Event:
        return kindEvent;
    }
    return {};
}

} // namespace sahel
