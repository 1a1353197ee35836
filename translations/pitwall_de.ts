<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Pitwall::MainWindow</name>
    <message>
        <source>Pitwall</source>
        <translation>Pitwall</translation>
    </message>
    <message>
        <source>No profile open</source>
        <translation>Kein Profil geöffnet</translation>
    </message>
    <message>
        <source>Pitwall — %1</source>
        <translation>Pitwall — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) from %1</source>
        <translation>
            <numerusform>%n Quelle aus %1</numerusform>
            <numerusform>%n Quellen aus %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pitwall::SourceStatusModel</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last poll (ms)</source>
        <translation>Letzte Abfrage (ms)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pitwall: connection pools, cache hit rates, CDC lag and slow queries against documented thresholds.

Commands:
  (none)   open the dashboard
  check    poll every source for a window and exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN
  report   export an incident window as a report bundle
  serve    expose what Pitwall computes for Prometheus to scrape</source>
        <translation>Pitwall: Verbindungspools, Cache-Trefferquoten, CDC-Verzögerung und langsame Abfragen, gemessen an dokumentierten Schwellenwerten.

Befehle:
  (keiner) das Dashboard öffnen
  check    alle Quellen ein Zeitfenster lang abfragen; Exit-Code 0 OK, 1 WARNUNG, 2 KRITISCH, 3 UNBEKANNT
  report   ein Vorfallsfenster als Berichtsbündel exportieren
  serve    Pitwalls Werte für Prometheus zum Abruf bereitstellen</translation>
    </message>
    <message>
        <source>The profile to open.</source>
        <translation>Das zu öffnende Profil.</translation>
    </message>
    <message>
        <source>User interface language (en, de); default: the system&apos;s.</source>
        <translation>Sprache der Oberfläche (en, de); Vorgabe: die des Systems.</translation>
    </message>
    <message>
        <source>check, report or serve</source>
        <translation>check, report oder serve</translation>
    </message>
    <message>
        <source>pitwall: unknown command &apos;%1&apos;; see pitwall --help</source>
        <translation>pitwall: unbekannter Befehl „%1“; siehe pitwall --help</translation>
    </message>
    <message>
        <source>pitwall: profile refused: %1</source>
        <translation>pitwall: Profil abgelehnt: %1</translation>
    </message>
</context>
</TS>
