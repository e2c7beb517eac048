#pragma once

#include "Atlas.h"

#include <QObject>
#include <QRect>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

namespace sahel {

/// The application's state behind the QML: the atlas being shown, the language and what is remembered.
class AtlasController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the controller")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString title READ title NOTIFY storyChanged)
    Q_PROPERTY(QRect savedWindowGeometry READ savedWindowGeometry CONSTANT)

public:
    explicit AtlasController(std::unique_ptr<Atlas> atlas, QObject *parent = nullptr);
    ~AtlasController() override;

    const Atlas &atlas() const { return *m_atlas; }
    const MapScene &scene() const { return m_atlas->scene; }
    QString language() const { return m_atlas->scene.language; }
    void setLanguage(const QString &language);
    QString title() const;

    void setHoveredUnit(const QString &code);
    void setHoveredRegion(const QString &regionId);

    QRect savedWindowGeometry() const;
    Q_INVOKABLE void saveWindowGeometry(const QRect &geometry);
    /// The last view (projected centre, zoom), if one was remembered.
    std::optional<std::pair<QPointF, double>> savedView() const;
    /// Debounced: written half a second after the view stops changing, so a kill loses little.
    void rememberView(QPointF centre, double zoom);

signals:
    void languageChanged();
    void storyChanged();
    void sceneChanged();

private:
    void writeView();

    std::unique_ptr<Atlas> m_atlas;
    QTimer m_viewSaveTimer;
    QPointF m_pendingCentre;
    double m_pendingZoom = 0;
};

} // namespace sahel
