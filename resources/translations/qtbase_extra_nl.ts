<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  Dutch for Qt's own strings that Qt's qtbase_nl.qm (shipped with PySide6) does not translate: Qt changed these
  sources (added a mnemonic) after its Dutch translation was made. ui/i18n.py installs this catalogue below
  qtbase_nl, so it only answers where Qt's own translation has no text. Qt's translations, like Qt itself, are
  LGPL-3.0; these few lines are the project's own.
-->
<TS version="2.1" language="nl_NL">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
</context>
<context>
    <name>QIODevice</name>
    <message>
        <source>No such file or directory</source>
        <translation>Bestand of map bestaat niet</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Pagina&amp;set:</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Dubbelzijdig afdrukken</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Binden aan de lange kant</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Binden aan de korte kant</translation>
    </message>
</context>
</TS>
