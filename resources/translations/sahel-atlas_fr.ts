<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Story title</source>
        <translation>Titre du récit</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>Story id</source>
        <translation>Identifiant du récit</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Shown as text, never opened</source>
        <translation>Affichée comme texte, jamais ouverte</translation>
    </message>
    <message>
        <source>Headline of the article</source>
        <translation>Titre de l’article</translation>
    </message>
    <message numerus="yes">
        <source>Article (%n paragraph(s))</source>
        <translation>
            <numerusform>Article (%n paragraphe)</numerusform>
            <numerusform>Article (%n paragraphes)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Paste Article…</source>
        <translation>&amp;Coller l’article…</translation>
    </message>
    <message>
        <source>Select words in a paragraph, then make them a quote (Ctrl+3), a fact (Ctrl+1) or a figure (Ctrl+2).</source>
        <translation>Sélectionnez des mots dans un paragraphe, puis faites-en une citation (Ctrl+3), un fait (Ctrl+1) ou un chiffre (Ctrl+2).</translation>
    </message>
    <message>
        <source>§ %1</source>
        <translation>§ %1</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Paste the article&apos;s text</source>
        <translation>Coller le texte de l’article</translation>
    </message>
    <message>
        <source>Paragraphs are separated by blank lines. They replace the story&apos;s article.</source>
        <translation>Les paragraphes sont séparés par des lignes vides. Ils remplacent l’article du récit.</translation>
    </message>
    <message>
        <source>Open &amp;Text File…</source>
        <translation>Ouvrir un fichier &amp;texte…</translation>
    </message>
    <message>
        <source>Open the article&apos;s text</source>
        <translation>Ouvrir le texte de l’article</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Focus countries</source>
        <translation>Pays mis en avant</translation>
    </message>
    <message>
        <source>ISO codes, e.g. ML, NE, BF (each in its own colour)</source>
        <translation>Codes ISO, par ex. ML, NE, BF (chacun dans sa couleur)</translation>
    </message>
    <message>
        <source>Home view</source>
        <translation>Vue d’accueil</translation>
    </message>
    <message>
        <source>Use the Map&apos;s View</source>
        <translation>Prendre la vue de la carte</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Save the story</source>
        <translation>Enregistrer le récit</translation>
    </message>
    <message>
        <source>Story files (*.story.json)</source>
        <translation>Fichiers de récit (*.story.json)</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Annuler %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Rétablir %1 (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Places (%1)</source>
        <translation>Lieux (%1)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <source>The story is valid: --check-story would accept it.</source>
        <translation>Le récit est valide : --check-story l’accepterait.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>PDF page</source>
        <translation>Page PDF</translation>
    </message>
    <message>
        <source>Handout PDF (a page per fact)</source>
        <translation>Polycopié PDF (une page par fiche)</translation>
    </message>
    <message>
        <source>GeoJSON regions</source>
        <translation>Régions en GeoJSON</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>1920 × 1080 (Full HD)</source>
        <translation>1920 × 1080 (Full HD)</translation>
    </message>
    <message>
        <source>3840 × 2160 (4K)</source>
        <translation>3840 × 2160 (4K)</translation>
    </message>
    <message>
        <source>A4 at 300 dpi</source>
        <translation>A4 à 300 ppp</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Largeur en pixels</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Hauteur en pixels</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation>Résolution en points par pouce</translation>
    </message>
    <message>
        <source>dpi</source>
        <translation>ppp</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>16:9 slide</source>
        <translation>Diapositive 16:9</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>World file for GIS (.pgw, .prj)</source>
        <translation>Fichier de géoréférencement pour SIG (.pgw, .prj)</translation>
    </message>
    <message>
        <source>Map furniture</source>
        <translation>Habillage de la carte</translation>
    </message>
    <message>
        <source>Title and subtitle</source>
        <translation>Titre et sous-titre</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>Échelle graphique</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>Flèche du nord</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Sources et crédits</translation>
    </message>
    <message>
        <source>Locator inset</source>
        <translation>Carton de situation</translation>
    </message>
    <message>
        <source>Each page frames its own map on the fact&apos;s places, with its legend, scale and credits.</source>
        <translation>Chaque page cadre sa propre carte sur les lieux de la fiche, avec sa légende, son échelle et ses crédits.</translation>
    </message>
    <message>
        <source>Exporting… the window stays usable.</source>
        <translation>Export en cours… la fenêtre reste utilisable.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>ExportTools</name>
    <message>
        <source>Map copied to the clipboard</source>
        <translation>Carte copiée dans le presse-papiers</translation>
    </message>
    <message>
        <source>Save Window Screenshot</source>
        <translation>Enregistrer une capture de la fenêtre</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
</context>
<context>
    <name>FactCard</name>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>§ %1</source>
        <translation>§ %1</translation>
    </message>
    <message>
        <source>Translation of the article&apos;s French. </source>
        <translation>Traduction. </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Source: the article</source>
        <translation>Source : l’article</translation>
    </message>
    <message>
        <source>Places: %1</source>
        <translation>Lieux : %1</translation>
    </message>
</context>
<context>
    <name>FactEditor</name>
    <message>
        <source>Facts (%1)</source>
        <translation>Faits (%1)</translation>
    </message>
    <message>
        <source>New &amp;Event</source>
        <translation>Nouvel &amp;événement</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) without a translation</source>
        <translation>
            <numerusform>%n texte sans traduction</numerusform>
            <numerusform>%n textes sans traduction</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Auteur de la citation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Words quoted (verbatim in the original)</source>
        <translation>Mots cités (à la lettre dans l’original)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Speaker&apos;s role</source>
        <translation>Fonction de l’auteur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Qualifier (e.g. nearly)</source>
        <translation>Précision (par ex. près de)</translation>
    </message>
    <message>
        <source>Source (required)</source>
        <translation>Source (obligatoire)</translation>
    </message>
    <message>
        <source>Source, when not the article</source>
        <translation>Source, si ce n’est pas l’article</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Presenter notes</source>
        <translation>Notes du présentateur</translation>
    </message>
    <message>
        <source>No fact yet: select words in a paragraph of the article and make them a quote, a fact or a figure.</source>
        <translation>Aucun fait pour l’instant : sélectionnez des mots dans un paragraphe de l’article et faites-en une citation, un fait ou un chiffre.</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <source>Your layers</source>
        <translation>Vos couches</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Reading the file… the map stays usable.</source>
        <translation>Lecture du fichier… la carte reste utilisable.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Drop a GeoPackage, GeoJSON, TopoJSON, Shapefile, FlatGeobuf or a CSV with longitude and latitude columns onto the window, or use File &gt; Add Layer.</source>
        <translation>Déposez sur la fenêtre un GeoPackage, un GeoJSON, un TopoJSON, un Shapefile, un FlatGeobuf ou un CSV avec des colonnes de longitude et de latitude, ou utilisez Fichier &gt; Ajouter une couche.</translation>
    </message>
    <message>
        <source>Show or hide</source>
        <translation>Afficher ou masquer</translation>
    </message>
    <message>
        <source>Remove the layer (Delete)</source>
        <translation>Retirer la couche (Suppr)</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n entité</numerusform>
            <numerusform>%n entités</numerusform>
        </translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>Point size</source>
        <translation>Taille des points</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>Épaisseur des lignes</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Layer colour</source>
        <translation>Couleur de la couche</translation>
    </message>
    <message>
        <source>Add a layer</source>
        <translation>Ajouter une couche</translation>
    </message>
    <message>
        <source>Vector data (*.gpkg *.geojson *.json *.topojson *.shp *.fgb *.csv)</source>
        <translation>Données vectorielles (*.gpkg *.geojson *.json *.topojson *.shp *.fgb *.csv)</translation>
    </message>
    <message>
        <source>Which columns hold the coordinates?</source>
        <translation>Quelles colonnes contiennent les coordonnées ?</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>This layer cannot be added</source>
        <translation>Cette couche ne peut pas être ajoutée</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Story…</source>
        <translation>&amp;Ouvrir un récit…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Récits &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Story &amp;Panel</source>
        <translation>&amp;Panneau du récit</translation>
    </message>
    <message>
        <source>&amp;Home View</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;Search Cards</source>
        <translation>&amp;Chercher dans les fiches</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>&amp;Effacer la sélection</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Open a story</source>
        <translation>Ouvrir un récit</translation>
    </message>
    <message>
        <source>Story files (*.story.json *.json)</source>
        <translation>Récits (*.story.json *.json)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Zoom arrière (−)</translation>
    </message>
    <message>
        <source>Back to the AES view (Home)</source>
        <translation>Revenir à la vue de l’AES (Origine)</translation>
    </message>
    <message>
        <source>Hide the story panel (F9)</source>
        <translation>Masquer le panneau du récit (F9)</translation>
    </message>
    <message>
        <source>Show the story panel (F9)</source>
        <translation>Afficher le panneau du récit (F9)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Copy Map</source>
        <translation>&amp;Copier la carte</translation>
    </message>
    <message>
        <source>Save &amp;Window Screenshot…</source>
        <translation>Capture de la &amp;fenêtre…</translation>
    </message>
    <message>
        <source>Map &amp;Furniture</source>
        <translation>&amp;Habillage de la carte</translation>
    </message>
    <message>
        <source>&amp;Present from the Beginning</source>
        <translation>&amp;Présenter depuis le début</translation>
    </message>
    <message>
        <source>Present from the &amp;Selected Fact</source>
        <translation>Présenter depuis la fiche &amp;choisie</translation>
    </message>
    <message>
        <source>Add &amp;Layer…</source>
        <translation>Ajouter une &amp;couche…</translation>
    </message>
    <message>
        <source>Add a layer</source>
        <translation>Ajouter une couche</translation>
    </message>
    <message>
        <source>Vector data (*.gpkg *.geojson *.json *.topojson *.shp *.fgb *.csv)</source>
        <translation>Données vectorielles (*.gpkg *.geojson *.json *.topojson *.shp *.fgb *.csv)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Layers (%1)</source>
        <translation>Couches (%1)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>&amp;Basemap</source>
        <translation>Fond de &amp;carte</translation>
    </message>
    <message>
        <source>&amp;None (Offline Map)</source>
        <translation>&amp;Aucun (carte hors ligne)</translation>
    </message>
    <message>
        <source>&amp;OpenStreetMap (Online)</source>
        <translation>&amp;OpenStreetMap (en ligne)</translation>
    </message>
    <message>
        <source>Offline &amp;Tile Folder…</source>
        <translation>&amp;Dossier de tuiles hors ligne…</translation>
    </message>
    <message>
        <source>Offline &amp;Tile Folder</source>
        <translation>&amp;Dossier de tuiles hors ligne</translation>
    </message>
    <message>
        <source>&amp;Choose Tile Folder…</source>
        <translation>&amp;Choisir un dossier de tuiles…</translation>
    </message>
    <message>
        <source>Choose a folder of map tiles (z/x/y.png)</source>
        <translation>Choisir un dossier de tuiles (z/x/y.png)</translation>
    </message>
    <message>
        <source>This folder cannot be a basemap</source>
        <translation>Ce dossier ne peut pas servir de fond de carte</translation>
    </message>
    <message>
        <source>Sahel Atlas story editor</source>
        <translation>éditeur de récits de Sahel Atlas</translation>
    </message>
    <message>
        <source>&amp;New Story</source>
        <translation>&amp;Nouveau récit</translation>
    </message>
    <message>
        <source>E&amp;dit Story</source>
        <translation>&amp;Modifier le récit</translation>
    </message>
    <message>
        <source>&amp;Save Story</source>
        <translation>&amp;Enregistrer le récit</translation>
    </message>
    <message>
        <source>Save Story &amp;As…</source>
        <translation>Enregistrer le récit &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>MapTexts</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Capitale</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>National border</source>
        <translation>Frontière nationale</translation>
    </message>
    <message>
        <source>Region or province boundary</source>
        <translation>Limite de région ou province</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>Autres pays</translation>
    </message>
    <message>
        <source>Places of the chosen fact</source>
        <translation>Lieux du fait choisi</translation>
    </message>
    <message>
        <source>Place beyond the map (direction, distance)</source>
        <translation>Lieu hors carte (direction, distance)</translation>
    </message>
    <message>
        <source>River</source>
        <extracomment>Legend row for the rivers&apos; lines.</extracomment>
        <translation>Fleuve, rivière</translation>
    </message>
    <message>
        <source>Lake</source>
        <translation>Lac</translation>
    </message>
    <message>
        <source>km</source>
        <extracomment>Abbreviation of kilometres on the scale bar.</extracomment>
        <translation>km</translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>The letter on the north arrow.</extracomment>
        <translation>N</translation>
    </message>
    <message>
        <source>Borders, water, relief: Natural Earth (public domain) · Towns: GeoNames (CC BY 4.0)</source>
        <translation>Frontières, eaux, reliefs : Natural Earth (domaine public) · Localités : GeoNames (CC BY 4.0)</translation>
    </message>
    <message>
        <source>Article</source>
        <extracomment>Before the publisher and date in the map&apos;s credit line.</extracomment>
        <translation>Article</translation>
    </message>
    <message>
        <source>publisher not given</source>
        <translation>éditeur non précisé</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>the article</source>
        <extracomment>Inserted into &quot;Source: %1&quot; when the source is the story&apos;s article.</extracomment>
        <translation>l’article</translation>
    </message>
    <message>
        <source>Paragraph %1 of the article</source>
        <translation>Paragraphe %1 de l’article</translation>
    </message>
    <message>
        <source>(translation)</source>
        <translation>(traduction)</translation>
    </message>
    <message>
        <source>The cards</source>
        <extracomment>Heading of the handout&apos;s list of cards.</extracomment>
        <translation>Les fiches</translation>
    </message>
</context>
<context>
    <name>PlacesEditor</name>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Click the map to link a country or a town to this fact, again to unlink it. Zoomed in, a click picks a province or region; Shift+click picks the other level.</source>
        <translation>Cliquez sur la carte pour lier un pays ou une ville à ce fait, à nouveau pour le délier. En zoomant, un clic choisit une province ou une région ; Maj+clic choisit l’autre niveau.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), named by %n fact(s). Click to unlink.</source>
        <translation>
            <numerusform>%1 (%2), cité par %n fait. Cliquer pour le délier.</numerusform>
            <numerusform>%1 (%2), cité par %n faits. Cliquer pour le délier.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 km</source>
        <translation>%1 : %2 km</translation>
    </message>
    <message>
        <source>Find a town, region or country beyond the map…</source>
        <translation>Chercher une ville, une région ou un pays, même hors de la carte…</translation>
    </message>
    <message>
        <source>No town, place or tripoint yet</source>
        <translation>Pas encore de ville, de lieu ni de tripoint</translation>
    </message>
    <message>
        <source>Zone of 150 km</source>
        <translation>Zone de 150 km</translation>
    </message>
    <message>
        <source>A zone around that point, clipped to this fact&apos;s countries</source>
        <translation>Une zone autour de ce point, limitée aux pays de ce fait</translation>
    </message>
    <message>
        <source>Tripoint of the 3 countries</source>
        <translation>Tripoint des 3 pays</translation>
    </message>
    <message>
        <source>Union of these units</source>
        <translation>Union de ces unités</translation>
    </message>
</context>
<context>
    <name>PresentationOverlay</name>
    <message>
        <source>Go to %1…</source>
        <translation>Aller à %1…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Map data: Natural Earth (public domain) · Towns: GeoNames (CC BY 4.0) · Made with Sahel Atlas</source>
        <translation>Données : Natural Earth (domaine public) · Localités : GeoNames (CC BY 4.0) · Réalisé avec Sahel Atlas</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Source: the article, paragraph %1</source>
        <translation>Source : l’article, paragraphe %1</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Presenter view — Sahel Atlas</source>
        <translation>Vue du présentateur — Sahel Atlas</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>Pas de notes pour cette diapositive.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>closing slide</source>
        <translation>diapositive de fin</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
</context>
<context>
    <name>RegionsEditor</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>no fact</source>
        <translation>aucun fait</translation>
    </message>
    <message>
        <source>Drawn as</source>
        <translation>Dessiné comme</translation>
    </message>
    <message>
        <source>Plain (the base map only)</source>
        <translation>Simple (fond de carte seulement)</translation>
    </message>
    <message>
        <source>Area (light fill, dashed outline)</source>
        <translation>Surface (remplissage léger, contour tireté)</translation>
    </message>
    <message>
        <source>Zone (hatched, outlined, labelled)</source>
        <translation>Zone (hachurée, contour et nom)</translation>
    </message>
    <message>
        <source>Marker (a point and its label)</source>
        <translation>Repère (un point et son nom)</translation>
    </message>
    <message>
        <source>Name (empty: the map data&apos;s)</source>
        <translation>Nom (vide : celui des données de la carte)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Source of the definition</source>
        <translation>Source de la définition</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Zoom %1</source>
        <translation>Zoom %1</translation>
    </message>
</context>
<context>
    <name>StoryErrorDialog</name>
    <message>
        <source>This story cannot be opened</source>
        <translation>Ce récit ne peut pas être ouvert</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s). The story already open stays open.</source>
        <translation>
            <numerusform>%1 contient %n problème. Le récit déjà ouvert reste ouvert.</numerusform>
            <numerusform>%1 contient %n problèmes. Le récit déjà ouvert reste ouvert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryPanel</name>
    <message>
        <source>Search the cards… (Ctrl+F)</source>
        <translation>Chercher dans les fiches… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show the cards of every place</source>
        <translation>Afficher les fiches de tous les lieux</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>No card matches.</source>
        <translation>Aucune fiche ne correspond.</translation>
    </message>
</context>
<context>
    <name>TileFolder</name>
    <message>
        <source>no such folder</source>
        <translation>dossier introuvable</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>pas un dossier</translation>
    </message>
    <message>
        <source>no tiles found (expected z/x/y.png, as OpenStreetMap tile servers lay them out)</source>
        <translation>aucune tuile trouvée (attendu : z/x/y.png, comme les serveurs de tuiles OpenStreetMap les rangent)</translation>
    </message>
    <message>
        <source>Tiles: %1</source>
        <translation>Tuiles : %1</translation>
    </message>
</context>
<context>
    <name>TranslatedField</name>
    <message>
        <source>%1: translation missing</source>
        <translation>%1 : traduction manquante</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Enregistrer les modifications de %1 ?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
</context>
<context>
    <name>sahel::AtlasController</name>
    <message>
        <source>Publisher not given</source>
        <translation>Éditeur non précisé</translation>
    </message>
    <message>
        <source>%1 · %2 · original in %3</source>
        <translation>%1 · %2 · original en %3</translation>
    </message>
</context>
<context>
    <name>sahel::BasemapController</name>
    <message>
        <source>Basemap unavailable: %1. The offline map is shown.</source>
        <translation>Fond de carte indisponible : %1. La carte hors ligne est affichée.</translation>
    </message>
    <message>
        <source>Connecting to the OpenStreetMap tile server…</source>
        <translation>Connexion au serveur de tuiles OpenStreetMap…</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>statut HTTP %1</translation>
    </message>
    <message>
        <source>OpenStreetMap is unavailable (%1). The offline map is shown.</source>
        <translation>OpenStreetMap est indisponible (%1). La carte hors ligne est affichée.</translation>
    </message>
</context>
<context>
    <name>sahel::ExportController</name>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>GeoJSON files (*.geojson *.json)</source>
        <translation>Fichiers GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>16:9 slide</source>
        <translation>diapositive 16:9</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>portrait</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>paysage</translation>
    </message>
    <message>
        <source>%1 × %2 pixels at %3 dpi</source>
        <translation>%1 × %2 pixels à %3 ppp</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, vector: text stays text</source>
        <translation>%1 × %2 pixels, vectoriel : le texte reste du texte</translation>
    </message>
    <message>
        <source>One %1 page, %2, vector</source>
        <translation>Une page %1, %2, vectorielle</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 page(s), %2: the story, then one page per fact</source>
        <translation>
            <numerusform>%n page %1, %2 : le récit, puis une page par fiche</numerusform>
            <numerusform>%n pages %1, %2 : le récit, puis une page par fiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The story&apos;s %n region(s) as GeoJSON features (WGS 84), each with its facts</source>
        <translation>
            <numerusform>%n région du récit en entité GeoJSON (WGS 84), avec ses fiches</numerusform>
            <numerusform>%n régions du récit en entités GeoJSON (WGS 84), chacune avec ses fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: export cancelled, nothing was written</source>
        <translation>%1 : export annulé, rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>%1: the window could not be captured</source>
        <translation>%1 : impossible de capturer la fenêtre</translation>
    </message>
    <message>
        <source>The basemap&apos;s tiles are included, credited &quot;%1&quot;.</source>
        <translation>Les tuiles du fond de carte sont incluses, avec le crédit « %1 ».</translation>
    </message>
    <message>
        <source>Online OpenStreetMap tiles cannot be included in exports: the offline map is drawn instead. To export with a basemap, choose an offline tile folder in the Basemap menu.</source>
        <translation>Les tuiles OpenStreetMap en ligne ne peuvent pas être incluses dans les exports : la carte hors ligne est dessinée à leur place. Pour exporter avec un fond de carte, choisissez un dossier de tuiles hors ligne dans le menu Fond de carte.</translation>
    </message>
</context>
<context>
    <name>sahel::LayerListModel</name>
    <message>
        <source>%1: another layer is still loading; try again when it is done</source>
        <translation>%1 : une autre couche est en cours de lecture ; réessayez quand elle sera prête</translation>
    </message>
</context>
<context>
    <name>sahel::MapCanvas</name>
    <message numerus="yes">
        <source>%1 — %n card(s)</source>
        <translation>
            <numerusform>%1 — %n fiche</numerusform>
            <numerusform>%1 — %n fiches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sahel::StoryEditor</name>
    <message>
        <source>New story</source>
        <translation>Nouveau récit</translation>
    </message>
    <message>
        <source>%1: not a story file</source>
        <translation>%1 : pas un fichier de récit</translation>
    </message>
    <message>
        <source>Unsaved work of %1 was brought back. Save it, or undo to leave it.</source>
        <translation>Le travail non enregistré du %1 a été restauré. Enregistrez-le, ou annulez pour le laisser.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Paste the article</source>
        <translation>Coller l’article</translation>
    </message>
    <message>
        <source>Edit paragraph %1</source>
        <translation>Modifier le paragraphe %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouveau %1</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>Unlink %1</source>
        <translation>Délier %1</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>Lier %1</translation>
    </message>
    <message>
        <source>New zone</source>
        <translation>Nouvelle zone</translation>
    </message>
    <message>
        <source>New tripoint</source>
        <translation>Nouveau tripoint</translation>
    </message>
    <message>
        <source>New union</source>
        <translation>Nouvelle union</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1 : impossible d’ouvrir : %2</translation>
    </message>
    <message>
        <source>%1: no text in the file</source>
        <translation>%1 : pas de texte dans le fichier</translation>
    </message>
    <message>
        <source>Open the article</source>
        <translation>Ouvrir l’article</translation>
    </message>
    <message>
        <source>Remove the home view</source>
        <translation>Retirer la vue d’accueil</translation>
    </message>
    <message>
        <source>Set the home view</source>
        <translation>Fixer la vue d’accueil</translation>
    </message>
    <message>
        <source>none (the focus countries are framed)</source>
        <translation>aucune (les pays mis en avant sont cadrés)</translation>
    </message>
</context>
</TS>
