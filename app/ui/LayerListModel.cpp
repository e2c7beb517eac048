#include "LayerListModel.h"

#include "MapView.h"
#include "SessionSettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace sahel {

namespace {

} // namespace

LayerListModel::LayerListModel(MapView &view, const SessionSettings &session, QObject *parent)
    : QAbstractListModel(parent)
    , m_view(view)
    , m_session(session)
{
    connect(&m_watcher, &QFutureWatcher<VectorLayerLoad>::finished, this, &LayerListModel::finished);
    connect(this, &QAbstractItemModel::rowsInserted, this, &LayerListModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &LayerListModel::countChanged);
}

LayerListModel::~LayerListModel()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

int LayerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_view.scene().userLayers.size());
}

QVariant LayerListModel::data(const QModelIndex &index, int role) const
{
    const QList<UserLayer> &layers = m_view.scene().userLayers;
    if (index.parent().isValid() || index.row() < 0 || index.row() >= layers.size())
        return {};
    const UserLayer &layer = layers[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return layer.data->name;
    case VisibleRole:
        return layer.style.visible;
    case OpacityRole:
        return layer.style.opacity;
    case ColourRole:
        return QColor::fromRgba(layer.style.colour);
    case PointSizeRole:
        return layer.style.pointSize;
    case LineWidthRole:
        return layer.style.lineWidth;
    case LabelFieldRole:
        return layer.style.labelField;
    case FieldNamesRole:
        return layer.data->fieldNames;
    case FeatureCountRole:
        return static_cast<int>(layer.data->features.size());
    case KindRole:
        return static_cast<int>(layer.data->dominantKind);
    case WarningsRole:
        return layer.data->warnings.join(u'\n');
    case PathRole:
        return layer.data->sourcePath;
    default:
        return {};
    }
}

QHash<int, QByteArray> LayerListModel::roleNames() const
{
    return {{NameRole, "name"},
            {VisibleRole, "layerVisible"},
            {OpacityRole, "layerOpacity"},
            {ColourRole, "colour"},
            {PointSizeRole, "pointSize"},
            {LineWidthRole, "lineWidth"},
            {LabelFieldRole, "labelField"},
            {FieldNamesRole, "fieldNames"},
            {FeatureCountRole, "featureCount"},
            {KindRole, "kind"},
            {WarningsRole, "warnings"},
            {PathRole, "path"}};
}

bool LayerListModel::isLayerFile(const QUrl &file)
{
    const QString name = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (name.endsWith(QLatin1String(".story.json"), Qt::CaseInsensitive))
        return false;
    return VectorLayerReader::fileExtensions().contains(QFileInfo(name).suffix().toLower());
}

void LayerListModel::add(const QUrl &file, const QString &lonField, const QString &latField)
{
    addFile(file.isLocalFile() ? file.toLocalFile() : file.toString(), lonField, latField);
}

void LayerListModel::addFile(const QString &path, const QString &lonField, const QString &latField)
{
    if (m_loading) {
        emit loadFailed(tr("%1: another layer is still loading; try again when it is done").arg(path));
        return;
    }
    m_cancel = false;
    m_progress = 0.0;
    m_loadingPath = path;
    emit progressChanged();
    const VectorLayerReader::Options options{lonField, latField};
    m_watcher.setFuture(QtConcurrent::run([this, path, options] {
        return VectorLayerReader::read(path, options, [this](double fraction) {
            // Progress crosses to the GUI thread as a queued call; the flag is read directly.
            QMetaObject::invokeMethod(
                this,
                [this, fraction] {
                    m_progress = fraction;
                    emit progressChanged();
                },
                Qt::QueuedConnection);
            return !m_cancel.load();
        });
    }));
    m_loading = true;
    emit loadingChanged();
}

void LayerListModel::cancel()
{
    m_cancel = true;
}

void LayerListModel::waitForLoad()
{
    m_watcher.waitForFinished();
    QCoreApplication::processEvents();
}

void LayerListModel::finished()
{
    const VectorLayerLoad result = m_watcher.result();
    if (result.cancelled) {
        // nothing to add
    } else if (!result.ok() && !result.csvColumns.isEmpty()) {
        emit columnsNeeded(QUrl::fromLocalFile(m_loadingPath), result.csvColumns);
    } else if (!result.ok()) {
        // What was skipped on the way explains the failure (a feature whose repair ran out of time): said
        // before it, as the command line says it.
        emit loadFailed((result.warnings + QStringList{result.error}).join(u'\n'));
    } else {
        append(result.layers);
        for (const auto &layer : result.layers)
            emit loaded(layer->name, result.warnings);
    }
    // Last: a queued next file may start from this signal.
    m_loading = false;
    emit loadingChanged();
}

void LayerListModel::append(const QList<std::shared_ptr<const UserLayerData>> &layers)
{
    QList<UserLayer> all = m_view.scene().userLayers;
    const int first = static_cast<int>(all.size());
    beginInsertRows({}, first, first + static_cast<int>(layers.size()) - 1);
    for (const auto &data : layers)
        all.append({data, UserLayerStyle::defaultFor(all.size(), data->dominantKind)});
    setUserLayers(all);
    endInsertRows();
    remember();
}

void LayerListModel::edit(int row, const std::function<void(UserLayerStyle &)> &change)
{
    QList<UserLayer> all = m_view.scene().userLayers;
    if (row < 0 || row >= all.size())
        return;
    change(all[row].style);
    setUserLayers(all);
    emit dataChanged(index(row), index(row));
    remember();
}

void LayerListModel::setVisible(int row, bool visible)
{
    edit(row, [visible](UserLayerStyle &s) { s.visible = visible; });
}

void LayerListModel::setOpacity(int row, double opacity)
{
    edit(row, [opacity](UserLayerStyle &s) { s.opacity = std::clamp(opacity, 0.05, 1.0); });
}

void LayerListModel::setColour(int row, const QColor &colour)
{
    edit(row, [colour](UserLayerStyle &s) { s.colour = colour.rgba(); });
}

void LayerListModel::setPointSize(int row, double size)
{
    edit(row, [size](UserLayerStyle &s) { s.pointSize = std::clamp(size, 1.0, 40.0); });
}

void LayerListModel::setLineWidth(int row, double width)
{
    edit(row, [width](UserLayerStyle &s) { s.lineWidth = std::clamp(width, 0.2, 20.0); });
}

void LayerListModel::setLabelField(int row, const QString &field)
{
    edit(row, [field](UserLayerStyle &s) { s.labelField = field; });
}

void LayerListModel::move(int from, int to)
{
    QList<UserLayer> all = m_view.scene().userLayers;
    if (from < 0 || to < 0 || from >= all.size() || to >= all.size() || from == to)
        return;
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    all.move(from, to);
    setUserLayers(all);
    endMoveRows();
    remember();
}

void LayerListModel::remove(int row)
{
    QList<UserLayer> all = m_view.scene().userLayers;
    if (row < 0 || row >= all.size())
        return;
    beginRemoveRows({}, row, row);
    all.removeAt(row);
    setUserLayers(all);
    endRemoveRows();
    remember();
}

void LayerListModel::setUserLayers(const QList<UserLayer> &layers)
{
    MapScene scene = m_view.scene();
    scene.userLayers = layers;
    m_view.setAtlas(m_view.atlas().withScene(scene));
}

void LayerListModel::remember() const
{
    QStringList paths;
    for (const UserLayer &layer : m_view.scene().userLayers)
        if (!paths.contains(layer.data->sourcePath))
            paths.append(layer.data->sourcePath);
    m_session.setLayerPaths(paths);
}

} // namespace sahel
