// RegionCache: resolved regions come back exactly, the key follows the data and the definitions, and a
// damaged file is ignored; AtlasLoader reads it on a second start.
#include "Atlas.h"
#include "GeoDatabase.h"
#include "RegionCache.h"
#include "RegionResolver.h"
#include "StoryReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sahel;

class TestRegionCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("SAHEL_ATLAS_REGION_CACHE", m_dir.filePath(QStringLiteral("cache")).toUtf8());
        GeoDatabaseLoad load = GeoDatabase::openEmbedded();
        QVERIFY2(load.database, qPrintable(load.error));
        m_database = std::move(load.database);
        QFile file(QStringLiteral(":/stories/aes-2025-04-03.story.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        StoryReadResult read = StoryReader::read(file.readAll(), file.fileName());
        QVERIFY(read.ok());
        m_story = *read.story;
        m_resolved = RegionResolver(*m_database).resolve(m_story.regions).regions;
        QVERIFY(m_resolved.size() > 5);
    }

    void roundTrip()
    {
        const RegionCache cache(m_dir.filePath(QStringLiteral("round")));
        const QByteArray key = RegionCache::key(m_database->fingerprint(), m_story.regions);
        QVERIFY(!cache.read(key));
        cache.write(key, m_resolved);
        const std::optional<QList<MapRegion>> back = cache.read(key);
        QVERIFY(back);
        QCOMPARE(back->size(), m_resolved.size());
        for (qsizetype i = 0; i < back->size(); ++i) {
            const MapRegion &a = m_resolved[i];
            const MapRegion &b = back->at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.kind, a.kind);
            QCOMPARE(b.style, a.style);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.isPoint, a.isPoint);
            QCOMPARE(b.point, a.point);
            QCOMPARE(b.position.lon, a.position.lon);
            QCOMPARE(b.labelPoint, a.labelPoint);
            QCOMPARE(b.shape.bounds(), a.shape.bounds());
            QCOMPARE(b.shape.full().vertexCount(), a.shape.full().vertexCount());
            QCOMPARE(b.shape.levels().size(), a.shape.levels().size());
            for (qsizetype p = 0; p < a.shape.full().polygons.size(); ++p)
                QCOMPARE(b.shape.full().polygons[p].rings, a.shape.full().polygons[p].rings);
        }
    }

    void keyFollowsWhatTheResultDependsOn()
    {
        const QByteArray fingerprint = m_database->fingerprint();
        QVERIFY(!fingerprint.isEmpty());
        const QByteArray key = RegionCache::key(fingerprint, m_story.regions);
        QCOMPARE(RegionCache::key(fingerprint, m_story.regions), key);
        QVERIFY(RegionCache::key(fingerprint + "x", m_story.regions) != key);
        QList<RegionDefinition> wider = m_story.regions;
        for (RegionDefinition &d : wider)
            if (d.kind == RegionKind::Buffer)
                d.radiusKm += 1;
        QVERIFY(RegionCache::key(fingerprint, wider) != key);
        // Where a definition is written does not change what it resolves to.
        QList<RegionDefinition> moved = m_story.regions;
        moved.first().spot.line += 10;
        QCOMPARE(RegionCache::key(fingerprint, moved), key);
    }

    void damagedFilesAreIgnored_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("a payload byte flipped") << 0;
        QTest::newRow("truncated") << 1;
        QTest::newRow("empty") << 2;
        QTest::newRow("another key inside") << 3;
    }

    void damagedFilesAreIgnored()
    {
        QFETCH(int, damage);
        const RegionCache cache(m_dir.filePath(QStringLiteral("damaged")));
        const QByteArray key = RegionCache::key(m_database->fingerprint(), m_story.regions);
        cache.write(key, m_resolved);
        QFile file(cache.pathFor(key));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        if (damage == 0)
            bytes[bytes.size() - 100] = static_cast<char>(bytes[bytes.size() - 100] ^ 0x5a);
        else if (damage == 1)
            bytes.chop(bytes.size() / 2);
        else if (damage == 2)
            bytes.clear();
        else
            bytes.replace(key, QByteArray(key.size(), 'f'));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        QVERIFY(!cache.read(key));
    }

    void aSecondStartReadsTheCache()
    {
        const AtlasLoad first = AtlasLoader::fromStory(m_story);
        QVERIFY(first.atlas && first.warnings.isEmpty());
        const RegionCache cache(RegionCache::defaultDirectory());
        const QByteArray key = RegionCache::key(first.atlas->database->fingerprint(), m_story.regions);
        QVERIFY2(QFile::exists(cache.pathFor(key)), qPrintable(cache.pathFor(key)));
        // Prove the second load takes the file: give a region another name in it.
        QList<MapRegion> marked = first.atlas->scene.regions;
        marked.first().name = LocalizedText(QStringLiteral("from the cache"));
        cache.write(key, marked);
        const AtlasLoad second = AtlasLoader::fromStory(m_story);
        QVERIFY(second.atlas);
        QCOMPARE(second.atlas->scene.regions.first().name.text(QStringLiteral("fr")),
                 QStringLiteral("from the cache"));
        QCOMPARE(second.atlas->scene.regions.size(), first.atlas->scene.regions.size());
    }

    void offDisablesIt()
    {
        qputenv("SAHEL_ATLAS_REGION_CACHE", "off");
        QCOMPARE(RegionCache::defaultDirectory(), QString());
        const RegionCache cache(RegionCache::defaultDirectory());
        cache.write("abc", m_resolved);
        QVERIFY(!cache.read("abc"));
        qputenv("SAHEL_ATLAS_REGION_CACHE", m_dir.filePath(QStringLiteral("cache")).toUtf8());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<GeoDatabase> m_database;
    Story m_story;
    QList<MapRegion> m_resolved;
};

QTEST_GUILESS_MAIN(TestRegionCache)
#include "tst_regioncache.moc"
