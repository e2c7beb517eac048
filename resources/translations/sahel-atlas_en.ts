<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <translation><numerusform>%1 has %n problem. The story already open stays open.</numerusform><numerusform>%1 has %n problems. The story already open stays open.</numerusform></translation>
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
        <translation><numerusform>%n card</numerusform><numerusform>%n cards</numerusform></translation>
    </message>
    <message>
        <source>No card matches.</source>
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
    <name>sahel::MapCanvas</name>
    <message numerus="yes">
        <source>%1 — %n card(s)</source>
        <translation><numerusform>%1 — %n card</numerusform><numerusform>%1 — %n cards</numerusform></translation>
    </message>
</context>
</TS>
