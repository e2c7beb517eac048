<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Story title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as text, never opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Article (%n paragraph(s))</source>
        <translation>
            <numerusform>Article (%n paragraph)</numerusform>
            <numerusform>Article (%n paragraphs)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Paste Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select words in a paragraph, then make them a quote (Ctrl+3), a fact (Ctrl+1) or a figure (Ctrl+2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the article&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs are separated by blank lines. They replace the story&apos;s article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Text File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the article&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO codes, e.g. ML, NE, BF (each in its own colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Map&apos;s View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Save the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story files (*.story.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story is valid: --check-story would accept it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout PDF (a page per fact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoJSON regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1920 × 1080 (Full HD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3840 × 2160 (4K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 at 300 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16:9 slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World file for GIS (.pgw, .prj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map furniture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title and subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locator inset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each page frames its own map on the fact&apos;s places, with its legend, scale and credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… the window stays usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTools</name>
    <message>
        <source>Map copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Window Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactCard</name>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation of the article&apos;s French. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactEditor</name>
    <message>
        <source>Facts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) without a translation</source>
        <translation>
            <numerusform>%n text without a translation</numerusform>
            <numerusform>%n texts without a translation</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words quoted (verbatim in the original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifier (e.g. nearly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source, when not the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fact yet: select words in a paragraph of the article and make them a quote, a fact or a figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <source>Your layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file… the map stays usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a GeoPackage, GeoJSON, TopoJSON, Shapefile, FlatGeobuf or a CSV with longitude and latitude columns onto the window, or use File &gt; Add Layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the layer (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n feature</numerusform>
            <numerusform>%n features</numerusform>
        </translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector data (*.gpkg *.geojson *.json *.topojson *.shp *.fgb *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which columns hold the coordinates?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This layer cannot be added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story files (*.story.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the AES view (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the story panel (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the story panel (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Window Screenshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map &amp;Furniture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present from the Beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present from the &amp;Selected Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector data (*.gpkg *.geojson *.json *.topojson *.shp *.fgb *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Basemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;None (Offline Map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OpenStreetMap (Online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline &amp;Tile Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline &amp;Tile Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose Tile Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of map tiles (z/x/y.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder cannot be a basemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sahel Atlas story editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Story &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapTexts</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region or province boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places of the chosen fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place beyond the map (direction, distance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>River</source>
        <extracomment>Legend row for the rivers&apos; lines.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km</source>
        <extracomment>Abbreviation of kilometres on the scale bar.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>The letter on the north arrow.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borders, water, relief: Natural Earth (public domain) · Towns: GeoNames (CC BY 4.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <extracomment>Before the publisher and date in the map&apos;s credit line.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publisher not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article</source>
        <extracomment>Inserted into &quot;Source: %1&quot; when the source is the story&apos;s article.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph %1 of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(translation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cards</source>
        <extracomment>Heading of the handout&apos;s list of cards.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacesEditor</name>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the map to link a country or a town to this fact, again to unlink it. Zoomed in, a click picks a province or region; Shift+click picks the other level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), named by %n fact(s). Click to unlink.</source>
        <translation>
            <numerusform>%1 (%2), named by %n fact. Click to unlink.</numerusform>
            <numerusform>%1 (%2), named by %n facts. Click to unlink.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a town, region or country beyond the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No town, place or tripoint yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone of 150 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zone around that point, clipped to this fact&apos;s countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tripoint of the 3 countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Union of these units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationOverlay</name>
    <message>
        <source>Go to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map data: Natural Earth (public domain) · Towns: GeoNames (CC BY 4.0) · Made with Sahel Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: the article, paragraph %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Presenter view — Sahel Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionsEditor</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain (the base map only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area (light fill, dashed outline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone (hatched, outlined, labelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker (a point and its label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (empty: the map data&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the definition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Zoom %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryErrorDialog</name>
    <message>
        <source>This story cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s). The story already open stays open.</source>
        <translation>
            <numerusform>%1 has %n problem. The story already open stays open.</numerusform>
            <numerusform>%1 has %n problems. The story already open stays open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryPanel</name>
    <message>
        <source>Search the cards… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cards of every place</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>No card matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TileFolder</name>
    <message>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tiles found (expected z/x/y.png, as OpenStreetMap tile servers lay them out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiles: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslatedField</name>
    <message>
        <source>%1: translation missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <source>Save the changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sahel::AtlasController</name>
    <message>
        <source>Publisher not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · original in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sahel::BasemapController</name>
    <message>
        <source>Basemap unavailable: %1. The offline map is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the OpenStreetMap tile server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStreetMap is unavailable (%1). The offline map is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sahel::ExportController</name>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoJSON files (*.geojson *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16:9 slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels at %3 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels, vector: text stays text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One %1 page, %2, vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n %1 page(s), %2: the story, then one page per fact</source>
        <translation>
            <numerusform>%n %1 page, %2: the story, then one page per fact</numerusform>
            <numerusform>%n %1 pages, %2: the story, then one page per fact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The story&apos;s %n region(s) as GeoJSON features (WGS 84), each with its facts</source>
        <translation>
            <numerusform>The story&apos;s %n region as a GeoJSON feature (WGS 84), with its facts</numerusform>
            <numerusform>The story&apos;s %n regions as GeoJSON features (WGS 84), each with its facts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: export cancelled, nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the window could not be captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basemap&apos;s tiles are included, credited &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online OpenStreetMap tiles cannot be included in exports: the offline map is drawn instead. To export with a basemap, choose an offline tile folder in the Basemap menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sahel::LayerListModel</name>
    <message>
        <source>%1: another layer is still loading; try again when it is done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sahel::MapCanvas</name>
    <message numerus="yes">
        <source>%1 — %n card(s)</source>
        <translation>
            <numerusform>%1 — %n card</numerusform>
            <numerusform>%1 — %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sahel::StoryEditor</name>
    <message>
        <source>New story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a story file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved work of %1 was brought back. Save it, or undo to leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit paragraph %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tripoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no text in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the home view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the home view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (the focus countries are framed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
