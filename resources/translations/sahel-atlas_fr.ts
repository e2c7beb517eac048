<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation><numerusform>%1 contient %n problème. Le récit déjà ouvert reste ouvert.</numerusform><numerusform>%1 contient %n problèmes. Le récit déjà ouvert reste ouvert.</numerusform></translation>
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
        <translation><numerusform>%n fiche</numerusform><numerusform>%n fiches</numerusform></translation>
    </message>
    <message>
        <source>No card matches.</source>
        <translation>Aucune fiche ne correspond.</translation>
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
    <name>sahel::MapCanvas</name>
    <message numerus="yes">
        <source>%1 — %n card(s)</source>
        <translation><numerusform>%1 — %n fiche</numerusform><numerusform>%1 — %n fiches</numerusform></translation>
    </message>
</context>
</TS>
