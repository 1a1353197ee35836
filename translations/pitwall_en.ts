<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Pitwall::MainWindow</name>
    <message>
        <source>Pitwall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitwall — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pitwall::SourceStatusModel</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last poll (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (en, de); default: the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check, report or serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pitwall: unknown command &apos;%1&apos;; see pitwall --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pitwall: profile refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
