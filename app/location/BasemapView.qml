import QtQuick
import QtLocation
import QtPositioning
import SahelAtlas

// The basemap under the canvas: a QtLocation Map that follows the canvas's view. Since Qt 6.5 a Map has
// no input handling of its own, so MapCanvas keeps all input; both use 256 px Web Mercator tiles, so
// setting the Map's centre and zoom to the canvas's aligns them to the pixel.
Item {
    id: root

    property MapCanvas canvas
    property BasemapController basemap
    /// The Map on screen (null while none is loaded), for tests that compare projections.
    readonly property var map: mapLoader.item
    /// The tile source the loaded Map was made for: a plugin reads its parameters once.
    property string loadedUrl

    function reload() {
        const url = root.basemap ? root.basemap.tileUrl : ""
        if (url === root.loadedUrl && mapLoader.active)
            return
        mapLoader.active = false
        root.loadedUrl = url
        mapLoader.active = url !== ""
    }

    // The Map follows the map view one way. It clamps its zoom (it must fill its size) and latitude: where
    // it did, that clamp is an input to the view (which then moves there and the Map follows again, now
    // unclamped), so the two never disagree and the view stays the one owner.
    function follow() {
        const m = mapLoader.item
        if (!m || !root.canvas)
            return
        m.zoomLevel = root.canvas.zoom
        m.center = QtPositioning.coordinate(root.canvas.centreLat, root.canvas.centreLon)
        if (Math.abs(m.zoomLevel - root.canvas.zoom) > 1e-9
                || Math.abs(m.center.latitude - root.canvas.centreLat) > 1e-9)
            root.canvas.setViewLonLat(m.center.longitude, m.center.latitude, m.zoomLevel)
    }
    function limitZoom() {
        const m = mapLoader.item
        if (!m || !root.canvas || !root.basemap)
            return
        root.canvas.setZoomRange(Math.max(m.minimumZoomLevel, root.basemap.minimumZoom),
                                 Math.min(m.maximumZoomLevel, root.basemap.maximumZoom))
    }

    onBasemapChanged: reload()
    onCanvasChanged: {
        limitZoom()
        follow()
    }
    Component.onCompleted: reload()
    Component.onDestruction: {
        if (root.canvas)
            root.canvas.resetZoomRange()
    }

    Connections {
        target: root.basemap
        function onChanged() {
            root.reload()
            root.limitZoom()
        }
    }
    Connections {
        target: root.canvas
        function onViewChanged() { root.follow() }
    }

    Loader {
        id: mapLoader
        anchors.fill: parent
        active: false
        onLoaded: {
            root.limitZoom()
            root.follow()
        }
        sourceComponent: Map {
            id: map
            objectName: "basemapMap"
            // The window shows the credit itself, as plain text, always visible; exports print it.
            copyrightsVisible: false
            plugin: Plugin {
                name: "osm"
                // No request to Qt's provider repository: the tile source is ours, set below.
                PluginParameter { name: "osm.mapping.providersrepository.disabled"; value: true }
                PluginParameter { name: "osm.mapping.custom.host"; value: root.loadedUrl }
                PluginParameter { name: "osm.mapping.custom.mapcopyright"; value: root.basemap.attribution }
                PluginParameter { name: "osm.useragent"; value: root.basemap.userAgent }
                PluginParameter { name: "osm.mapping.cache.directory"; value: root.basemap.cacheDirectory }
            }
            // The custom source is the plugin's last map type.
            activeMapType: supportedMapTypes[supportedMapTypes.length - 1]
            onMinimumZoomLevelChanged: root.limitZoom()
            onMaximumZoomLevelChanged: root.limitZoom()
            onWidthChanged: root.follow()
            onHeightChanged: root.follow()
        }
    }
}
