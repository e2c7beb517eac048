#pragma once

#include "UserLayer.h"
#include "VectorLayerReader.h"

#include <QAbstractListModel>
#include <QColor>
#include <QFutureWatcher>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace sahel {

class MapView;
class SessionSettings;

/// The layers the user added, as the layers panel shows them: loads files off the UI thread,
/// and turns every edit (visibility, order, opacity, colour, sizes, label) into the map's scene.
class LayerListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AtlasController")
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        VisibleRole,
        OpacityRole,
        ColourRole,
        PointSizeRole,
        LineWidthRole,
        LabelFieldRole,
        FieldNamesRole,
        FeatureCountRole,
        KindRole,
        WarningsRole,
        PathRole,
    };
    Q_ENUM(Role)
    /// What KindRole holds, as QML compares it (LayerListModel.Point...): a layer's dominant geometry.
    enum class Kind { Point = int(UserFeature::Kind::Point), Line = int(UserFeature::Kind::Line),
                      Area = int(UserFeature::Kind::Area) };
    Q_ENUM(Kind)

    LayerListModel(MapView &view, const SessionSettings &session, QObject *parent = nullptr);
    ~LayerListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// True from the start of a read until its layers are on the map (or it failed).
    bool loading() const { return m_loading; }
    double progress() const { return m_progress; }
    int count() const { return rowCount(); }

    /// Reads the file on a worker thread; the layer appears when it is read. lonField/latField
    /// name a CSV's coordinate columns when they could not be found by name.
    Q_INVOKABLE void add(const QUrl &file, const QString &lonField = {}, const QString &latField = {});
    void addFile(const QString &path, const QString &lonField = {}, const QString &latField = {});
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void setVisible(int row, bool visible);
    Q_INVOKABLE void setOpacity(int row, double opacity);
    Q_INVOKABLE void setColour(int row, const QColor &colour);
    Q_INVOKABLE void setPointSize(int row, double size);
    Q_INVOKABLE void setLineWidth(int row, double width);
    Q_INVOKABLE void setLabelField(int row, const QString &field);
    Q_INVOKABLE void move(int from, int to);
    Q_INVOKABLE void remove(int row);
    /// Whether a file name looks like a layer (rather than a story).
    Q_INVOKABLE static bool isLayerFile(const QUrl &file);
    /// Adds already read layers (the command line reads them before the window exists).
    void append(const QList<std::shared_ptr<const UserLayerData>> &layers);
    /// Blocks until the current load is done (tests, shutdown).
    void waitForLoad();

signals:
    void loadingChanged();
    void progressChanged();
    void countChanged();
    /// A CSV without recognisable coordinate columns: let the user pick them among these.
    void columnsNeeded(const QUrl &file, const QStringList &columns);
    void loadFailed(const QString &message);
    void loaded(const QString &name, const QStringList &warnings);

private:
    void finished();
    void edit(int row, const std::function<void(UserLayerStyle &)> &change);
    void remember() const;

    /// The layers go into a new atlas for the view: the scene is never changed in place.
    void setUserLayers(const QList<UserLayer> &layers);

    MapView &m_view;
    const SessionSettings &m_session;
    QFutureWatcher<VectorLayerLoad> m_watcher;
    std::atomic<bool> m_cancel{false};
    double m_progress = 0.0;
    bool m_loading = false;
    QString m_loadingPath;
};

} // namespace sahel
