<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Pitwall::Action</name>
    <message>
        <source>the profile is read_only: actions are planned, never run</source>
        <translation>das Profil ist read_only: Aktionen werden geplant, nie ausgeführt</translation>
    </message>
    <message>
        <source>: %1 — the role actions connect as lacks the privilege: give the source an action_url with a role that has it (the table&apos;s owner)</source>
        <translation>: %1 — der Rolle, mit der Aktionen sich verbinden, fehlt das Recht: geben Sie der Quelle eine action_url mit einer Rolle, die es hat (dem Eigentümer der Tabelle)</translation>
    </message>
    <message>
        <source>: another session holds a lock on it; not waiting behind it (lock_timeout)</source>
        <translation>: eine andere Sitzung hält eine Sperre darauf; es wird nicht dahinter gewartet (lock_timeout)</translation>
    </message>
    <message>
        <source>: cancelled</source>
        <translation>: abgebrochen</translation>
    </message>
</context>
<context>
    <name>Pitwall::ActionDialog</name>
    <message>
        <source>&amp;Preview plan</source>
        <translation>Plan &amp;ansehen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source> — read-only profile</source>
        <translation> — schreibgeschütztes Profil</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Statements, exactly as they will be sent:</source>
        <translation>Anweisungen, genau so, wie sie gesendet werden:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Terminate backend…</source>
        <translation>Backend &amp;beenden …</translation>
    </message>
    <message>
        <source>No plan yet: choose the options and preview the plan.</source>
        <translation>Noch kein Plan: Optionen wählen und den Plan ansehen.</translation>
    </message>
    <message>
        <source>Reading the plan from %1…</source>
        <translation>Plan wird aus %1 gelesen …</translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation>Schätzung:</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Will not run: %1</source>
        <translation>Wird nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:%1&quot;&gt;This is destructive.&lt;/b&gt; Type &lt;code&gt;%2&lt;/code&gt; to confirm:</source>
        <translation>&lt;b style=&quot;color:%1&quot;&gt;Dies ist destruktiv.&lt;/b&gt; Zum Bestätigen &lt;code&gt;%2&lt;/code&gt; eingeben:</translation>
    </message>
    <message>
        <source>Cancel action</source>
        <translation>Aktion abbrechen</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
</context>
<context>
    <name>Pitwall::ActionFactory</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>the profile has no source named &apos;%1&apos;</source>
        <translation>das Profil hat keine Quelle namens „%1“</translation>
    </message>
    <message>
        <source>%1 acts on a %2 source; &apos;%3&apos; is %4</source>
        <translation>%1 arbeitet auf einer %2-Quelle; „%3“ ist %4</translation>
    </message>
    <message>
        <source>the profile has no %1 source for %2</source>
        <translation>das Profil hat keine %1-Quelle für %2</translation>
    </message>
    <message>
        <source>name the source with --source: %1</source>
        <translation>die Quelle mit --source nennen: %1</translation>
    </message>
    <message>
        <source>flush-cache needs a --pattern or --flushdb, not both</source>
        <translation>flush-cache braucht --pattern oder --flushdb, nicht beides</translation>
    </message>
    <message>
        <source>the profile has no warm_recipes</source>
        <translation>das Profil hat keine warm_recipes</translation>
    </message>
    <message>
        <source>name a warm recipe with --recipe: %1</source>
        <translation>ein Warm-Rezept mit --recipe nennen: %1</translation>
    </message>
    <message>
        <source>vacuum on a sqlite source takes no --table: it vacuums the whole file</source>
        <translation>vacuum auf einer sqlite-Quelle nimmt kein --table: VACUUM gilt immer der ganzen Datei</translation>
    </message>
    <message>
        <source>optimize on a sqlite source takes no --table, --partition or --whole-table</source>
        <translation>optimize auf einer sqlite-Quelle nimmt kein --table, --partition oder --whole-table</translation>
    </message>
    <message>
        <source>optimize needs one --table db.table</source>
        <translation>optimize braucht genau ein --table db.tabelle</translation>
    </message>
    <message>
        <source>apply-index needs one --table schema.table and --columns a[,b]</source>
        <translation>apply-index braucht genau ein --table schema.tabelle und --columns a[,b]</translation>
    </message>
    <message>
        <source>drop-index needs one --index schema.name</source>
        <translation>drop-index braucht genau ein --index schema.name</translation>
    </message>
    <message>
        <source>cancel-query on a postgres source needs --pid N</source>
        <translation>cancel-query auf einer postgres-Quelle braucht --pid N</translation>
    </message>
    <message>
        <source>cancel-query on a clickhouse source needs --query-id ID</source>
        <translation>cancel-query auf einer clickhouse-Quelle braucht --query-id ID</translation>
    </message>
    <message>
        <source>unknown action</source>
        <translation>unbekannte Aktion</translation>
    </message>
</context>
<context>
    <name>Pitwall::ActionForm</name>
    <message>
        <source>Checkpoint (SQLite)</source>
        <translation>Checkpoint (SQLite)</translation>
    </message>
    <message>
        <source>VACUUM (SQLite)</source>
        <translation>VACUUM (SQLite)</translation>
    </message>
    <message>
        <source>Optimize (SQLite)</source>
        <translation>Optimieren (SQLite)</translation>
    </message>
    <message>
        <source>Keys matching</source>
        <translation>Schlüssel passend zu</translation>
    </message>
    <message>
        <source>The whole database (FLUSHDB ASYNC)</source>
        <translation>Die ganze Datenbank (FLUSHDB ASYNC)</translation>
    </message>
    <message>
        <source>a SCAN MATCH pattern, e.g. app:session:*</source>
        <translation>ein SCAN-MATCH-Muster, z. B. app:session:*</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <source>one table or index a line, e.g. public.orders — empty: the advisor&apos;s list</source>
        <translation>eine Tabelle oder ein Index pro Zeile, z. B. public.orders — leer: die Liste des Beraters</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relationen</translation>
    </message>
    <message>
        <source>one table a line, e.g. public.orders — empty: the tables with many dead rows</source>
        <translation>eine Tabelle pro Zeile, z. B. public.orders — leer: die Tabellen mit vielen toten Zeilen</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>database.table</source>
        <translation>datenbank.tabelle</translation>
    </message>
    <message>
        <source>empty: every partition with more than one part</source>
        <translation>leer: jede Partition mit mehr als einem Part</translation>
    </message>
    <message>
        <source>OPTIMIZE the whole table (rewrites all of it)</source>
        <translation>Die ganze Tabelle mit OPTIMIZE behandeln (schreibt sie vollständig neu)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Partition id</source>
        <translation>Partitions-ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>backend %1</source>
        <translation>Backend %1</translation>
    </message>
    <message>
        <source>query %1</source>
        <translation>Abfrage %1</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The profile has no warm_recipes.</source>
        <translation>Das Profil hat keine warm_recipes.</translation>
    </message>
    <message>
        <source>Rows of %1 written to %2 as %3 = %4, TTL %5 s</source>
        <translation>Zeilen aus %1 werden nach %2 geschrieben als %3 = %4, TTL %5 s</translation>
    </message>
    <message>
        <source>The profile has no source this action works on.</source>
        <translation>Das Profil hat keine Quelle, auf der diese Aktion arbeitet.</translation>
    </message>
    <message>
        <source>Type the pattern of the keys to remove.</source>
        <translation>Geben Sie das Muster der zu entfernenden Schlüssel ein.</translation>
    </message>
    <message>
        <source>Choose the table to optimize.</source>
        <translation>Wählen Sie die zu optimierende Tabelle.</translation>
    </message>
    <message>
        <source>Flush cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <source>Warm cache</source>
        <translation>Cache vorwärmen</translation>
    </message>
    <message>
        <source>Prewarm (PostgreSQL)</source>
        <translation>Vorwärmen (PostgreSQL)</translation>
    </message>
    <message>
        <source>Optimize (ClickHouse)</source>
        <translation>Optimieren (ClickHouse)</translation>
    </message>
    <message>
        <source>VACUUM (PostgreSQL)</source>
        <translation>VACUUM (PostgreSQL)</translation>
    </message>
    <message>
        <source>Terminate backend</source>
        <translation>Backend beenden</translation>
    </message>
    <message>
        <source>Cancel query</source>
        <translation>Abfrage abbrechen</translation>
    </message>
    <message>
        <source>Index on</source>
        <translation>Index auf</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Apply index (PostgreSQL)</source>
        <translation>Index anlegen (PostgreSQL)</translation>
    </message>
    <message>
        <source>Drop index (PostgreSQL)</source>
        <translation>Index entfernen (PostgreSQL)</translation>
    </message>
</context>
<context>
    <name>Pitwall::ActionRunner</name>
    <message>
        <source>the profile is read_only: the plan is shown, never run</source>
        <translation>das Profil ist read_only: der Plan wird gezeigt, nie ausgeführt</translation>
    </message>
    <message>
        <source>the profile is read_only: actions are planned, never run</source>
        <translation>das Profil ist read_only: Aktionen werden geplant, nie ausgeführt</translation>
    </message>
    <message>
        <source>not confirmed: a destructive action runs only when &apos;%1&apos; is typed</source>
        <translation>nicht bestätigt: eine zerstörende Aktion läuft nur, wenn „%1“ eingegeben wird</translation>
    </message>
    <message>
        <source>dry run: nothing was sent that changes a server</source>
        <translation>Probelauf: nichts wurde gesendet, was einen Server ändert</translation>
    </message>
    <message>
        <source>not confirmed: nothing was run</source>
        <translation>nicht bestätigt: nichts wurde ausgeführt</translation>
    </message>
</context>
<context>
    <name>Pitwall::ActionWorker</name>
    <message>
        <source>unexpected error while planning: %1</source>
        <translation>unerwarteter Fehler beim Planen: %1</translation>
    </message>
    <message>
        <source>unexpected error: %1</source>
        <translation>unerwarteter Fehler: %1</translation>
    </message>
</context>
<context>
    <name>Pitwall::AlertModel</name>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Spitzenwert</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>Pitwall::ApplyIndexAction</name>
    <message>
        <source>CREATE INDEX CONCURRENTLY on %1 (%2) on %3</source>
        <translation>CREATE INDEX CONCURRENTLY auf %1 (%2) auf %3</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3</source>
        <translation>%1: %2 Zeilen, %3</translation>
    </message>
    <message>
        <source>, about %1 of index (HypoPG&apos;s estimate)</source>
        <translation>, etwa %1 Index (Schätzung von HypoPG)</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY takes a SHARE UPDATE EXCLUSIVE lock: reads and writes go on while it builds; it waits for transactions older than itself. Each step gives up after lock_timeout (%1 s) rather than wait longer. A build that fails leaves an invalid index: it is dropped (DROP INDEX CONCURRENTLY).</source>
        <translation>CREATE INDEX CONCURRENTLY nimmt eine SHARE-UPDATE-EXCLUSIVE-Sperre: Lesen und Schreiben laufen weiter, während er baut; er wartet auf Transaktionen, die älter sind als er. Jeder Schritt gibt nach lock_timeout (%1 s) auf, statt länger zu warten. Ein fehlgeschlagener Bau hinterlässt einen ungültigen Index: er wird gelöscht (DROP INDEX CONCURRENTLY).</translation>
    </message>
    <message>
        <source>undo: pitwall action drop-index --index %1.%2</source>
        <translation>rückgängig: pitwall action drop-index --index %1.%2</translation>
    </message>
    <message>
        <source>: no table named %1 in this database</source>
        <translation>: keine Tabelle namens %1 in dieser Datenbank</translation>
    </message>
    <message>
        <source>: %1 is not a table (relkind %2)</source>
        <translation>: %1 ist keine Tabelle (relkind %2)</translation>
    </message>
    <message>
        <source>: %1 has no column named %2</source>
        <translation>: %1 hat keine Spalte namens %2</translation>
    </message>
    <message>
        <source>the action role %1 does not own %2 (%3 does), and only the owner may index it: give the source an action_url with the table&apos;s owner</source>
        <translation>die Aktionsrolle %1 ist nicht Eigentümer von %2 (das ist %3), und nur der Eigentümer darf sie indizieren: geben Sie der Quelle eine action_url mit dem Eigentümer der Tabelle</translation>
    </message>
    <message>
        <source>%1 already serves %2 (%3): nothing to build</source>
        <translation>%1 deckt %2 (%3) bereits ab: nichts zu bauen</translation>
    </message>
    <message>
        <source>%1 is partitioned: a partitioned parent cannot be indexed concurrently, so each of its %2 partition(s) gets its own index. The parent&apos;s index, if wanted, is CREATE INDEX ON ONLY %1 then ALTER INDEX … ATTACH PARTITION for each — a brief SHARE lock on the parent, left to you.</source>
        <translation>%1 ist partitioniert: eine partitionierte Elterntabelle kann nicht nebenläufig indiziert werden, daher bekommt jede ihrer %2 Partition(en) einen eigenen Index. Der Index der Elterntabelle ist, falls gewünscht, CREATE INDEX ON ONLY %1 und dann ALTER INDEX … ATTACH PARTITION für jede — eine kurze SHARE-Sperre auf der Elterntabelle, das bleibt Ihnen überlassen.</translation>
    </message>
    <message>
        <source>%1 has no partitions</source>
        <translation>%1 hat keine Partitionen</translation>
    </message>
    <message>
        <source>an invalid index %1 is left from a build that failed: it is dropped first</source>
        <translation>ein ungültiger Index %1 ist von einem fehlgeschlagenen Bau übrig: er wird zuerst gelöscht</translation>
    </message>
    <message>
        <source>an index named %1 exists already and does not serve %2 (%3)</source>
        <translation>ein Index namens %1 existiert bereits und deckt %2 (%3) nicht ab</translation>
    </message>
    <message>
        <source>the workload&apos;s statements cannot be read: no cost before and after</source>
        <translation>die Anweisungen der Last können nicht gelesen werden: keine Kosten vorher und nachher</translation>
    </message>
    <message>
        <source>%1 — generic plan cost %2</source>
        <translation>%1 — Kosten des generischen Plans %2</translation>
    </message>
    <message>
        <source> → %1 with the index (hypothetical)</source>
        <translation> → %1 mit dem Index (hypothetisch)</translation>
    </message>
    <message>
        <source> (%1 of %2 blocks)</source>
        <translation> (%1 von %2 Blöcken)</translation>
    </message>
    <message>
        <source> (%1 of %2 rows)</source>
        <translation> (%1 von %2 Zeilen)</translation>
    </message>
    <message>
        <source> (%1 of %2 transactions)</source>
        <translation> (%1 von %2 Transaktionen)</translation>
    </message>
    <message>
        <source>%1 built on %2 in %3 s (valid)</source>
        <translation>%1 auf %2 in %3 s gebaut (gültig)</translation>
    </message>
    <message>
        <source>%1 holds duplicate values%2: a unique index cannot be built on it</source>
        <translation>%1 enthält doppelte Werte%2: ein eindeutiger Index kann darauf nicht gebaut werden</translation>
    </message>
    <message>
        <source> (%1 = %2 more than once)</source>
        <translation> (%1 = %2 mehr als einmal)</translation>
    </message>
    <message>
        <source>it waited longer than lock_timeout (%1 s) for a conflicting lock or for a transaction older than the build; try again when it has ended</source>
        <translation>er wartete länger als lock_timeout (%1 s) auf eine konkurrierende Sperre oder eine Transaktion, die älter ist als der Bau; erneut versuchen, wenn sie beendet ist</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>; the invalid index it left was dropped (%1)</source>
        <translation>; der ungültige Index, den er hinterließ, wurde gelöscht (%1)</translation>
    </message>
    <message>
        <source>; it left no index behind</source>
        <translation>; er hinterließ keinen Index</translation>
    </message>
    <message>
        <source>; the invalid index it left could not be dropped (%1): drop it with %2</source>
        <translation>; der ungültige Index, den er hinterließ, konnte nicht gelöscht werden (%1): löschen Sie ihn mit %2</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY %1 failed: %2%3</source>
        <translation>CREATE INDEX CONCURRENTLY %1 fehlgeschlagen: %2%3</translation>
    </message>
    <message>
        <source>another session is building %1 (it holds the advisory lock): not building it twice</source>
        <translation>eine andere Sitzung baut %1 (sie hält die Advisory-Sperre): er wird nicht doppelt gebaut</translation>
    </message>
    <message>
        <source>%1: %2 serves it already; not built</source>
        <translation>%1: %2 deckt das bereits ab; nicht gebaut</translation>
    </message>
    <message>
        <source>%1 — cost %2 → %3%4</source>
        <translation>%1 — Kosten %2 → %3%4</translation>
    </message>
    <message>
        <source>, uses the index</source>
        <translation>, nutzt den Index</translation>
    </message>
    <message>
        <source>, does not use the index</source>
        <translation>, nutzt den Index nicht</translation>
    </message>
    <message>
        <source>an equivalent index exists already: nothing built</source>
        <translation>ein gleichwertiger Index existiert bereits: nichts gebaut</translation>
    </message>
    <message numerus="yes">
        <source>%n index(es) to build on %1 of table%2</source>
        <translation>
            <numerusform>%n Index zu bauen auf %1 Tabelle%2</numerusform>
            <numerusform>%n Indizes zu bauen auf %1 Tabelle%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %1 of %n index(es)</source>
        <translation>
            <numerusform>abgebrochen nach %1 von %n Index</numerusform>
            <numerusform>abgebrochen nach %1 von %n Indizes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>built %n index(es) concurrently; ANALYZE done</source>
        <translation>
            <numerusform>%n Index nebenläufig gebaut; ANALYZE erledigt</numerusform>
            <numerusform>%n Indizes nebenläufig gebaut; ANALYZE erledigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pitwall::CancelQueryAction</name>
    <message>
        <source>Terminate backend %1 on %2</source>
        <translation>Backend %1 auf %2 beenden</translation>
    </message>
    <message>
        <source>Cancel the query of backend %1 on %2</source>
        <translation>Abfrage von Backend %1 auf %2 abbrechen</translation>
    </message>
    <message>
        <source>no backend has pid %1: its session has ended</source>
        <translation>kein Backend hat die PID %1: seine Sitzung ist beendet</translation>
    </message>
    <message>
        <source>backend %1: %2@%3%4, %5 for %6 s</source>
        <translation>Backend %1: %2@%3%4, %5 seit %6 s</translation>
    </message>
    <message>
        <source>no state</source>
        <translation>kein Zustand</translation>
    </message>
    <message>
        <source>one backend</source>
        <translation>ein Backend</translation>
    </message>
    <message>
        <source>pid %1 is a %2, not a client&apos;s session</source>
        <translation>PID %1 ist ein %2, keine Sitzung eines Clients</translation>
    </message>
    <message>
        <source>pid %1 is Pitwall&apos;s own session</source>
        <translation>PID %1 ist Pitwalls eigene Sitzung</translation>
    </message>
    <message>
        <source>the action role %1 may not signal %2&apos;s sessions: give the source an action_url with that role, or one with pg_signal_backend</source>
        <translation>die Aktionsrolle %1 darf den Sitzungen von %2 kein Signal senden: geben Sie der Quelle eine action_url mit dieser Rolle oder einer mit pg_signal_backend</translation>
    </message>
    <message>
        <source>backend %1 is idle: no query to cancel</source>
        <translation>Backend %1 ist untätig: keine Abfrage abzubrechen</translation>
    </message>
    <message>
        <source>terminating ends the session: its open transaction is rolled back and its client must connect again — cancel the query first where that is enough</source>
        <translation>Beenden schließt die Sitzung: ihre offene Transaktion wird zurückgerollt und ihr Client muss sich neu verbinden — brechen Sie zuerst die Abfrage ab, wo das genügt</translation>
    </message>
    <message>
        <source>Kill query %1 on %2</source>
        <translation>Abfrage %1 auf %2 abbrechen (KILL QUERY)</translation>
    </message>
    <message>
        <source>ClickHouse has no sessions to terminate: KILL QUERY is how its queries end</source>
        <translation>ClickHouse hat keine Sitzungen zum Beenden: seine Abfragen enden mit KILL QUERY</translation>
    </message>
    <message>
        <source>no query with id %1 is running</source>
        <translation>keine Abfrage mit der ID %1 läuft</translation>
    </message>
    <message>
        <source>query %1 of %2, running for %3 s</source>
        <translation>Abfrage %1 von %2, läuft seit %3 s</translation>
    </message>
    <message>
        <source>one query</source>
        <translation>eine Abfrage</translation>
    </message>
    <message>
        <source>terminating</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>wird abgebrochen</translation>
    </message>
    <message>
        <source>the server did not signal backend %1: its session may have ended</source>
        <translation>der Server hat Backend %1 kein Signal gesendet: seine Sitzung ist womöglich beendet</translation>
    </message>
    <message>
        <source>backend %1 was terminated</source>
        <translation>Backend %1 wurde beendet</translation>
    </message>
    <message>
        <source>the query of backend %1 was cancelled</source>
        <translation>die Abfrage von Backend %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>waiting for backend %1 to stop</source>
        <translation>warte, bis Backend %1 anhält</translation>
    </message>
    <message>
        <source>signalled, but backend %1 is still running its query after %2 s</source>
        <translation>Signal gesendet, aber Backend %1 führt seine Abfrage nach %2 s noch aus</translation>
    </message>
    <message>
        <source> — terminating it is a separate, confirmed step</source>
        <translation> — es zu beenden ist ein eigener, bestätigter Schritt</translation>
    </message>
    <message>
        <source>killing</source>
        <translation>KILL QUERY läuft</translation>
    </message>
    <message>
        <source>query %1 was killed</source>
        <translation>Abfrage %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>waiting for query %1 to stop</source>
        <translation>warte, bis Abfrage %1 anhält</translation>
    </message>
    <message>
        <source>KILL QUERY was sent, but query %1 is still running after %2 s</source>
        <translation>KILL QUERY wurde gesendet, aber Abfrage %1 läuft nach %2 s noch</translation>
    </message>
</context>
<context>
    <name>Pitwall::ChartPanel</name>
    <message>
        <source>No %1 data yet: no source of this profile reports %2.</source>
        <translation>Noch keine Daten für „%1“: keine Quelle dieses Profils meldet %2.</translation>
    </message>
    <message>
        <source>Pitwall chart: %1</source>
        <translation>Pitwall-Diagramm: %1</translation>
    </message>
</context>
<context>
    <name>Pitwall::CheckReport</name>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 slow query %2 (%3)</source>
        <translation>%1 langsame Abfrage %2 (%3)</translation>
    </message>
    <message>
        <source>%1 unreadable</source>
        <translation>%1 nicht lesbar</translation>
    </message>
    <message>
        <source>%1 results, %2 slow queries, %3 errors</source>
        <translation>%1 Ergebnisse, %2 langsame Abfragen, %3 Fehler</translation>
    </message>
    <message>
        <source>no source gave a result; %1</source>
        <translation>keine Quelle lieferte ein Ergebnis; %1</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation>METRIC</translation>
    </message>
    <message>
        <source>LABELS</source>
        <translation>LABELS</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation>THRESHOLD</translation>
    </message>
    <message>
        <source>SLOW QUERIES</source>
        <translation>LANGSAME ABFRAGEN</translation>
    </message>
    <message>
        <source> running</source>
        <translation> läuft</translation>
    </message>
    <message>
        <source> × %1</source>
        <translation> × %1</translation>
    </message>
    <message>
        <source> saved</source>
        <translation> gespart</translation>
    </message>
    <message>
        <source>  cost %1 → %2</source>
        <translation>  Kosten %1 → %2</translation>
    </message>
    <message>
        <source>, write-heavy table</source>
        <translation>, schreiblastige Tabelle</translation>
    </message>
    <message>
        <source>, %1 index scans</source>
        <translation>, %1 Index-Scans</translation>
    </message>
    <message>
        <source>no index helps  %1: %2 (%3)</source>
        <translation>kein Index hilft bei  %1: %2 (%3)</translation>
    </message>
    <message>
        <source>INDEX RECOMMENDATIONS</source>
        <translation>INDEX-EMPFEHLUNGEN</translation>
    </message>
    <message>
        <source>REMARKS</source>
        <translation>ANMERKUNGEN</translation>
    </message>
    <message>
        <source>ERRORS</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>%1 index recommendation(s)</source>
        <translation>%1 Index-Empfehlung(en)</translation>
    </message>
    <message>
        <source>, ends HOT updates of %1 (%2 of the table&apos;s updates are HOT now)</source>
        <translation>, beendet HOT-Updates von %1 (derzeit sind %2 der Updates der Tabelle HOT)</translation>
    </message>
    <message>
        <source>%1 index  %2: %3, %4, %5 scans, %6 table writes%7</source>
        <translation>Index (%1)  %2: %3, %4, %5 Scans, %6 Schreibzugriffe auf die Tabelle%7</translation>
    </message>
    <message>
        <source>, covered by %1</source>
        <translation>, abgedeckt durch %1</translation>
    </message>
</context>
<context>
    <name>Pitwall::ClickHouseClient</name>
    <message>
        <source>%1: authentication failed — check the user and the profile&apos;s ${VAR} password reference</source>
        <translation>%1: Anmeldung fehlgeschlagen — Benutzer und die ${VAR}-Passwortangabe im Profil prüfen</translation>
    </message>
    <message>
        <source>%1: the answer is not ClickHouse JSON (%2) — is this ClickHouse&apos;s HTTP port?</source>
        <translation>%1: die Antwort ist kein ClickHouse-JSON (%2) — ist das der HTTP-Port von ClickHouse?</translation>
    </message>
</context>
<context>
    <name>Pitwall::ClickHouseCollector</name>
    <message>
        <source>%1: the answer is not ClickHouse JSON (%2) — is this ClickHouse&apos;s HTTP port?</source>
        <translation>%1: die Antwort ist kein ClickHouse-JSON (%2) — ist das der HTTP-Port von ClickHouse?</translation>
    </message>
    <message>
        <source>%1 rows, %2 bytes read</source>
        <translation>%1 Zeilen, %2 Bytes gelesen</translation>
    </message>
</context>
<context>
    <name>Pitwall::Collector</name>
    <message>
        <source>%1: unexpected error: %2</source>
        <translation>%1: unerwarteter Fehler: %2</translation>
    </message>
</context>
<context>
    <name>Pitwall::ConnectionHints</name>
    <message>
        <source>connection refused — is the server running?</source>
        <translation>Verbindung abgelehnt — läuft der Server?</translation>
    </message>
    <message>
        <source>no answer within %1 s — is the server hung or overloaded?</source>
        <translation>keine Antwort innerhalb von %1 s — hängt der Server oder ist er überlastet?</translation>
    </message>
</context>
<context>
    <name>Pitwall::ConnectionTest</name>
    <message>
        <source>Connected: it answered in %1 ms.</source>
        <translation>Verbunden: Antwort nach %1 ms.</translation>
    </message>
</context>
<context>
    <name>Pitwall::DashboardView</name>
    <message>
        <source>SQLite WAL</source>
        <translation>SQLite-WAL</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Pool utilisation</source>
        <translation>Pool-Auslastung</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <source>CDC lag</source>
        <translation>CDC-Verzögerung</translation>
    </message>
    <message>
        <source>Slow queries</source>
        <translation>Langsame Abfragen</translation>
    </message>
    <message>
        <source>CDC bytes retained</source>
        <translation>Von CDC zurückgehaltene Bytes</translation>
    </message>
    <message>
        <source>Copy statement</source>
        <translation>Anweisung kopieren</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Cancel query (not running)</source>
        <translation>Abfrage abbrechen (läuft nicht)</translation>
    </message>
    <message>
        <source>Cancel query…</source>
        <translation>Abfrage abbrechen …</translation>
    </message>
    <message>
        <source>Terminate backend…</source>
        <translation>Backend beenden …</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latenz p95</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>Latenz p99</translation>
    </message>
    <message>
        <source>Index advice</source>
        <translation>Index-Beratung</translation>
    </message>
    <message>
        <source>Session file</source>
        <translation>Sitzungsdatei</translation>
    </message>
    <message>
        <source>Not recording: %1</source>
        <translation>Keine Aufzeichnung: %1</translation>
    </message>
</context>
<context>
    <name>Pitwall::DropIndexAction</name>
    <message>
        <source>DROP INDEX CONCURRENTLY %1 on %2</source>
        <translation>DROP INDEX CONCURRENTLY %1 auf %2</translation>
    </message>
    <message>
        <source>: no index named %1 in this database</source>
        <translation>: kein Index namens %1 in dieser Datenbank</translation>
    </message>
    <message>
        <source>: %1 is not an index (relkind %2)</source>
        <translation>: %1 ist kein Index (relkind %2)</translation>
    </message>
    <message>
        <source>%1 was not built by Pitwall (apply-index names its indexes pitwall_… and marks them with a comment): drop-index drops only those</source>
        <translation>%1 wurde nicht von Pitwall gebaut (apply-index nennt seine Indizes pitwall_… und markiert sie mit einem Kommentar): drop-index löscht nur diese</translation>
    </message>
    <message>
        <source>%1 backs a constraint: dropping it would drop the constraint</source>
        <translation>%1 stützt einen Constraint: ihn zu löschen würde den Constraint löschen</translation>
    </message>
    <message>
        <source>%1 on %2: %3, %4 scans since statistics were reset%5</source>
        <translation>%1 auf %2: %3, %4 Scans seit dem Zurücksetzen der Statistik%5</translation>
    </message>
    <message>
        <source>, invalid</source>
        <translation>, ungültig</translation>
    </message>
    <message>
        <source>one index of %1</source>
        <translation>ein Index mit %1</translation>
    </message>
    <message>
        <source>DROP INDEX CONCURRENTLY waits for the transactions using the index and does not block reads or writes; it gives up after lock_timeout (%1 s)</source>
        <translation>DROP INDEX CONCURRENTLY wartet auf die Transaktionen, die den Index nutzen, und blockiert weder Lesen noch Schreiben; es gibt nach lock_timeout (%1 s) auf</translation>
    </message>
    <message>
        <source>dropping %1</source>
        <translation>%1 wird gelöscht</translation>
    </message>
    <message>
        <source>dropped %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>%1 is still there</source>
        <translation>%1 ist noch da</translation>
    </message>
    <message>
        <source>no scan in the %1 h the statistics cover</source>
        <translation>kein Scan in den %1 h, die die Statistik abdeckt</translation>
    </message>
    <message>
        <source>%1 leads with the same columns</source>
        <translation>%1 beginnt mit denselben Spalten</translation>
    </message>
    <message>
        <source>invalid: a build that failed left it, and every write still maintains it</source>
        <translation>ungültig: ein fehlgeschlagener Aufbau hat ihn hinterlassen, und jeder Schreibzugriff pflegt ihn weiter</translation>
    </message>
    <message>
        <source>%1 (%2): %3; the table had %4 writes in that time, each also writing it</source>
        <translation>%1 (%2): %3; die Tabelle hatte in dieser Zeit %4 Schreibzugriffe, von denen jeder auch ihn schrieb</translation>
    </message>
    <message>
        <source>this rests on the statistics, not on a plan: HypoPG 1.3 cannot hide an index to show the plans without it</source>
        <translation>das beruht auf der Statistik, nicht auf einem Plan: HypoPG 1.3 kann einen Index nicht verbergen, um die Pläne ohne ihn zu zeigen</translation>
    </message>
    <message>
        <source>%1 is not an index the advisor would drop: it is scanned, no other index leads with its columns, or a primary key, a constraint or a valid unique index needs it</source>
        <translation>%1 ist kein Index, den der Berater löschen würde: er wird gescannt, kein anderer Index beginnt mit seinen Spalten, oder ein Primärschlüssel, ein Constraint oder ein gültiger eindeutiger Index braucht ihn</translation>
    </message>
</context>
<context>
    <name>Pitwall::FlushCacheAction</name>
    <message>
        <source>: SCAN answered something else than a cursor and keys</source>
        <translation>: SCAN antwortete etwas anderes als einen Cursor und Schlüssel</translation>
    </message>
    <message>
        <source>Flush the keys matching %1 on %2</source>
        <translation>Schlüssel passend zu %1 auf %2 leeren</translation>
    </message>
    <message>
        <source>%1: %2 of %3 keys in db %4</source>
        <translation>%1: %2 von %3 Schlüsseln in DB %4</translation>
    </message>
    <message>
        <source>%1 keys match, of %2 on %3 node(s)</source>
        <translation>%1 Schlüssel passen, von %2 auf %3 Knoten</translation>
    </message>
    <message>
        <source>keys are found again with SCAN when it runs: a matching key written meanwhile is removed too, one removed meanwhile is skipped</source>
        <translation>beim Ausführen sucht SCAN die Schlüssel erneut: ein passender, inzwischen geschriebener Schlüssel wird ebenfalls entfernt, ein inzwischen entfernter übersprungen</translation>
    </message>
    <message>
        <source>the pattern matches every key</source>
        <translation>das Muster passt auf jeden Schlüssel</translation>
    </message>
    <message>
        <source>Flush database %1 of %2 (FLUSHDB ASYNC)</source>
        <translation>Datenbank %1 von %2 leeren (FLUSHDB ASYNC)</translation>
    </message>
    <message>
        <source>%1: every key of db %2 (%3 keys)</source>
        <translation>%1: jeder Schlüssel von DB %2 (%3 Schlüssel)</translation>
    </message>
    <message>
        <source>%1 keys on %2 node(s)</source>
        <translation>%1 Schlüssel auf %2 Knoten</translation>
    </message>
    <message>
        <source>ASYNC: the server frees the memory in the background and keeps answering</source>
        <translation>ASYNC: der Server gibt den Speicher im Hintergrund frei und antwortet weiter</translation>
    </message>
    <message>
        <source>%1, node %2: UNLINK failed: %3</source>
        <translation>%1, Knoten %2: UNLINK fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 keys unlinked</source>
        <translation>%1 Schlüssel entfernt (UNLINK)</translation>
    </message>
    <message>
        <source>%1: %2 keys unlinked</source>
        <translation>%1: %2 Schlüssel entfernt (UNLINK)</translation>
    </message>
    <message>
        <source>%1 keys matching %2 unlinked on %3 node(s)%4</source>
        <translation>%1 Schlüssel passend zu %2 auf %3 Knoten entfernt (UNLINK)%4</translation>
    </message>
    <message>
        <source> before it was cancelled</source>
        <translation>, bevor abgebrochen wurde</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 node(s)</source>
        <translation>abgebrochen nach %1 von %2 Knoten</translation>
    </message>
    <message>
        <source>FLUSHDB ASYNC on %1</source>
        <translation>FLUSHDB ASYNC auf %1</translation>
    </message>
    <message>
        <source>%1: db %2 flushed (%3 keys)</source>
        <translation>%1: DB %2 geleert (%3 Schlüssel)</translation>
    </message>
    <message>
        <source>database %1 flushed on %2 node(s)</source>
        <translation>Datenbank %1 auf %2 Knoten geleert</translation>
    </message>
</context>
<context>
    <name>Pitwall::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Manual page</source>
        <translation>&amp;Handbuchseite</translation>
    </message>
    <message>
        <source>&amp;About Pitwall</source>
        <translation>Ü&amp;ber Pitwall</translation>
    </message>
    <message>
        <source>Zoom the time axis around the pointer</source>
        <translation>Zeitachse um den Mauszeiger zoomen</translation>
    </message>
    <message>
        <source>mouse wheel over a chart</source>
        <translation>Mausrad über einem Diagramm</translation>
    </message>
    <message>
        <source>Pan the time axis</source>
        <translation>Zeitachse verschieben</translation>
    </message>
    <message>
        <source>drag a chart</source>
        <translation>Diagramm ziehen</translation>
    </message>
    <message>
        <source>Zoom to a band of time</source>
        <translation>Auf einen Zeitabschnitt zoomen</translation>
    </message>
    <message>
        <source>Shift + drag a chart</source>
        <translation>Umschalt + Diagramm ziehen</translation>
    </message>
    <message>
        <source>Show a chart alone, or all again</source>
        <translation>Ein Diagramm allein zeigen, oder wieder alle</translation>
    </message>
    <message>
        <source>double-click a chart, or click a tile</source>
        <translation>Doppelklick auf ein Diagramm, oder Klick auf eine Kachel</translation>
    </message>
    <message>
        <source>Show all charts again</source>
        <translation>Wieder alle Diagramme zeigen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Hide or show a series</source>
        <translation>Eine Reihe aus- oder einblenden</translation>
    </message>
    <message>
        <source>click its legend entry</source>
        <translation>Klick auf ihren Legendeneintrag</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Pitwall manual page</source>
        <translation>Pitwall-Handbuchseite</translation>
    </message>
    <message>
        <source>man(1) could not format the page (install man-db); its source follows.

</source>
        <translation>man(1) konnte die Seite nicht setzen (man-db installieren); ihr Quelltext folgt.

</translation>
    </message>
    <message>
        <source>man(1) is not installed (install man-db); the page&apos;s source follows.

</source>
        <translation>man(1) ist nicht installiert (man-db installieren); der Quelltext der Seite folgt.

</translation>
    </message>
    <message>
        <source>About Pitwall</source>
        <translation>Über Pitwall</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pitwall %1&lt;/h3&gt;&lt;p&gt;The dashboard on-call engineers reach for first: connection pools, cache hit rate, CDC lag and slow queries of PostgreSQL, pgbouncer, Redis, ClickHouse, Prometheus, &lt;code&gt;/metrics&lt;/code&gt; endpoints and SQLite, against documented thresholds.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later. It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pitwall %1&lt;/h3&gt;&lt;p&gt;Das Dashboard, zu dem Bereitschaftsingenieure zuerst greifen: Verbindungspools, Cache-Trefferquote, CDC-Verzögerung und langsame Abfragen von PostgreSQL, pgbouncer, Redis, ClickHouse, Prometheus, &lt;code&gt;/metrics&lt;/code&gt;-Endpunkten und SQLite, gemessen an dokumentierten Schwellenwerten.&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder später. Ohne jede Gewährleistung.&lt;/p&gt;&lt;p&gt;Gebaut mit Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Pitwall::HttpClient</name>
    <message>
        <source>TLS failed (%1) — is the server&apos;s certificate trusted by this machine (its CA in the system store) and issued for this host, and does the server speak https on this port?</source>
        <translation>TLS fehlgeschlagen (%1) — vertraut dieser Rechner dem Zertifikat des Servers (seine CA im Zertifikatsspeicher des Systems), ist es für diesen Host ausgestellt, und spricht der Server auf diesem Port https?</translation>
    </message>
    <message>
        <source>host not found — check the URL in the profile</source>
        <translation>Host nicht gefunden — die URL im Profil prüfen</translation>
    </message>
    <message>
        <source>the server closed the connection without an answer — is this the right port?</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen — ist das der richtige Port?</translation>
    </message>
    <message>
        <source>the answer is not HTTP — is this the right port?</source>
        <translation>die Antwort ist kein HTTP — ist das der richtige Port?</translation>
    </message>
</context>
<context>
    <name>Pitwall::Keychain</name>
    <message>
        <source>: the system keychain did not answer — is a keyring running?</source>
        <translation>: der Schlüsselbund des Systems antwortet nicht — läuft ein Schlüsselbund-Dienst?</translation>
    </message>
</context>
<context>
    <name>Pitwall::Level</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Pitwall::LibpqUri</name>
    <message>
        <source>default port</source>
        <translation>Standardport</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>local socket, %1</source>
        <translation>lokaler Socket, %1</translation>
    </message>
</context>
<context>
    <name>Pitwall::MainWindow</name>
    <message>
        <source>SQLite &amp;checkpoint…</source>
        <translation>SQLite-&amp;Checkpoint …</translation>
    </message>
    <message>
        <source>SQLite VAC&amp;UUM…</source>
        <translation>SQLite-VAC&amp;UUM …</translation>
    </message>
    <message>
        <source>SQLite op&amp;timize…</source>
        <translation>SQLite op&amp;timieren …</translation>
    </message>
    <message>
        <source>Pitwall</source>
        <translation>Pitwall</translation>
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
    <message>
        <source>Open a profile (Ctrl+O) to see its sources.</source>
        <translation>Öffnen Sie ein Profil (Strg+O), um seine Quellen zu sehen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>Profil ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>Pitwall profiles (*.yaml *.yml)</source>
        <translation>Pitwall-Profile (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG …</translation>
    </message>
    <message>
        <source>Chart as &amp;SVG…</source>
        <translation>Diagramm als &amp;SVG …</translation>
    </message>
    <message>
        <source>Chart data as &amp;CSV…</source>
        <translation>Diagrammdaten als &amp;CSV …</translation>
    </message>
    <message>
        <source>&amp;Table as CSV…</source>
        <translation>&amp;Tabelle als CSV …</translation>
    </message>
    <message>
        <source>&amp;Dashboard as PNG…</source>
        <translation>&amp;Dashboard als PNG …</translation>
    </message>
    <message>
        <source>Incident &amp;report…</source>
        <translation>Vorfalls&amp;bericht …</translation>
    </message>
    <message>
        <source>Thresholds and &amp;interval…</source>
        <translation>Schwellenwerte und &amp;Intervall …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Pause / follow live</source>
        <translation>&amp;Anhalten / live folgen</translation>
    </message>
    <message>
        <source>&amp;Find in table</source>
        <translation>In Tabelle &amp;suchen</translation>
    </message>
    <message>
        <source>Profile refused</source>
        <translation>Profil abgelehnt</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Width in pixels (0: as on screen)</source>
        <translation>Breite in Pixeln (0: wie auf dem Bildschirm)</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export chart as SVG</source>
        <translation>Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Diagrammdaten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Nothing exported</source>
        <translation>Nichts exportiert</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>Export dashboard as PNG</source>
        <translation>Dashboard als PNG exportieren</translation>
    </message>
    <message>
        <source>Write the incident report into</source>
        <translation>Vorfallsbericht schreiben nach</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht geschrieben: %1</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Bericht nicht geschrieben</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Aktionen</translation>
    </message>
    <message>
        <source>&amp;Flush cache…</source>
        <translation>Cache &amp;leeren …</translation>
    </message>
    <message>
        <source>&amp;Warm cache…</source>
        <translation>Cache &amp;vorwärmen …</translation>
    </message>
    <message>
        <source>&amp;Optimize (ClickHouse)…</source>
        <translation>&amp;Optimieren (ClickHouse) …</translation>
    </message>
    <message>
        <source>&amp;VACUUM…</source>
        <translation>&amp;VACUUM …</translation>
    </message>
    <message>
        <source>&amp;Prewarm…</source>
        <translation>Vor&amp;wärmen …</translation>
    </message>
    <message numerus="yes">
        <source>No profile given: watching the %n server(s) that answer on this machine&apos;s standard ports. File → Open profile… for yours.</source>
        <translation>
            <numerusform>Kein Profil angegeben: beobachtet wird der %n Server, der auf den Standardports dieses Rechners antwortet. Datei → Profil öffnen … für Ihr eigenes.</numerusform>
            <numerusform>Kein Profil angegeben: beobachtet werden die %n Server, die auf den Standardports dieses Rechners antworten. Datei → Profil öffnen … für Ihr eigenes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <extracomment>The status bar: the overall level, then the open alerts and the sources in error.</extracomment>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n offener Alarm</numerusform>
            <numerusform>%n offene Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) in error</source>
        <translation>
            <numerusform>%n Quelle mit Fehler</numerusform>
            <numerusform>%n Quellen mit Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recording: %1 — polling goes on, this session&apos;s history stays in memory only</source>
        <translation>Keine Aufzeichnung: %1 — die Abfragen laufen weiter, der Verlauf dieser Sitzung bleibt nur im Speicher</translation>
    </message>
    <message>
        <source>&amp;All charts</source>
        <translation>&amp;Alle Diagramme</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Earlier</source>
        <translation>&amp;Früher</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Reset &amp;zoom, live</source>
        <translation>&amp;Zoom zurücksetzen, live</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>local servers</source>
        <translation>lokale Server</translation>
    </message>
    <message>
        <source>New profile %1; File → Sources changes it</source>
        <translation>Neues Profil %1; Datei → Quellen ändert es</translation>
    </message>
</context>
<context>
    <name>Pitwall::MetricsCollector</name>
    <message>
        <source>%1: HTTP %2 — the endpoint wants credentials (profile: ${VAR} reference)</source>
        <translation>%1: HTTP %2 — der Endpunkt verlangt Zugangsdaten (im Profil: ${VAR}-Angabe)</translation>
    </message>
    <message>
        <source>%1: HTTP %2 from %3 — is this the metrics path?</source>
        <translation>%1: HTTP %2 von %3 — ist das der Pfad der Metriken?</translation>
    </message>
    <message>
        <source>%1: the answer is not Prometheus text format (%2)</source>
        <translation>%1: die Antwort ist kein Prometheus-Textformat (%2)</translation>
    </message>
    <message>
        <source>%1 lines of the exposition were not understood (%2)</source>
        <translation>%1 Zeilen der Ausgabe wurden nicht verstanden (%2)</translation>
    </message>
</context>
<context>
    <name>Pitwall::OptimizeAction</name>
    <message>
        <source>: &apos;%1&apos; is not a table name: write db.table</source>
        <translation>: „%1“ ist kein Tabellenname: db.tabelle schreiben</translation>
    </message>
    <message>
        <source>OPTIMIZE … FINAL of %1.%2 on %3</source>
        <translation>OPTIMIZE … FINAL von %1.%2 auf %3</translation>
    </message>
    <message>
        <source>: no table %1.%2</source>
        <translation>: keine Tabelle %1.%2</translation>
    </message>
    <message>
        <source>%1.%2 is a %3 table: OPTIMIZE merges parts of MergeTree tables only</source>
        <translation>%1.%2 ist eine %3-Tabelle: OPTIMIZE führt nur Parts von MergeTree-Tabellen zusammen</translation>
    </message>
    <message>
        <source>partition %1 (id %2): %3 active parts, %4 rows, %5 → 1 part</source>
        <translation>Partition %1 (ID %2): %3 aktive Parts, %4 Zeilen, %5 → 1 Part</translation>
    </message>
    <message>
        <source>: %1.%2 has no partition with id %3</source>
        <translation>: %1.%2 hat keine Partition mit der ID %3</translation>
    </message>
    <message>
        <source>FINAL rewrites each partition whole, in the background merge pool; inserts go on</source>
        <translation>FINAL schreibt jede Partition ganz neu, im Merge-Pool im Hintergrund; Inserts laufen weiter</translation>
    </message>
    <message>
        <source>every partition has one active part: nothing to merge</source>
        <translation>jede Partition hat einen aktiven Part: nichts zusammenzuführen</translation>
    </message>
    <message>
        <source>this rewrites the whole table</source>
        <translation>das schreibt die ganze Tabelle neu</translation>
    </message>
    <message>
        <source>partition %1: merging</source>
        <translation>Partition %1: wird zusammengeführt</translation>
    </message>
    <message>
        <source>merging</source>
        <translation>wird zusammengeführt</translation>
    </message>
    <message>
        <source>OPTIMIZE was killed (%1)</source>
        <translation>OPTIMIZE wurde abgebrochen (%1)</translation>
    </message>
    <message>
        <source> — are merges stopped for this table (SYSTEM STOP MERGES)?</source>
        <translation> — sind Merges für diese Tabelle angehalten (SYSTEM STOP MERGES)?</translation>
    </message>
    <message>
        <source>partition %1: %2 parts → %3</source>
        <translation>Partition %1: %2 Parts → %3</translation>
    </message>
    <message>
        <source>%1.%2: %3 parts → %4</source>
        <translation>%1.%2: %3 Parts → %4</translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s), %1 parts, %2 rewritten, of %3 in the table</source>
        <translation>
            <numerusform>%n Partition, %1 Parts, %2 neu geschrieben, von %3 in der Tabelle</numerusform>
            <numerusform>%n Partitionen, %1 Parts, %2 neu geschrieben, von %3 in der Tabelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) with one active part are left alone</source>
        <translation>
            <numerusform>%n Partition mit einem aktiven Part bleibt unberührt</numerusform>
            <numerusform>%n Partitionen mit einem aktiven Part bleiben unberührt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OPTIMIZE FINAL of %n partition(s) of %1.%2 done</source>
        <translation>
            <numerusform>OPTIMIZE FINAL von %n Partition von %1.%2 erledigt</numerusform>
            <numerusform>OPTIMIZE FINAL von %n Partitionen von %1.%2 erledigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pitwall::PasswordPrompt</name>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>the password of %1</source>
        <translation>das Passwort von %1</translation>
    </message>
    <message>
        <source>The profile cannot be written: the password is used until Pitwall closes.</source>
        <translation>Das Profil ist nicht beschreibbar: das Passwort gilt, bis Pitwall beendet wird.</translation>
    </message>
</context>
<context>
    <name>Pitwall::PgBouncerCollector</name>
    <message>
        <source>%1: %2 failed: %3 — does this user have stats_users or admin_users rights in pgbouncer.ini?</source>
        <translation>%1: %2 fehlgeschlagen: %3 — hat dieser Benutzer stats_users- oder admin_users-Rechte in pgbouncer.ini?</translation>
    </message>
    <message>
        <source>%1: the URL must name pgbouncer&apos;s admin database, e.g. postgresql://user@host:6432/pgbouncer</source>
        <translation>%1: die URL muss die Admin-Datenbank von pgbouncer nennen, z. B. postgresql://user@host:6432/pgbouncer</translation>
    </message>
</context>
<context>
    <name>Pitwall::PgConnection</name>
    <message>
        <source>libpq cannot read the URL: %1</source>
        <translation>libpq kann die URL nicht lesen: %1</translation>
    </message>
    <message>
        <source>no answer while connecting — is the host reachable and the server up?</source>
        <translation>keine Antwort beim Verbinden — ist der Host erreichbar und der Server gestartet?</translation>
    </message>
    <message>
        <source>password authentication failed — check ~/.pgpass, PGPASSFILE or the profile&apos;s ${VAR} reference</source>
        <translation>Passwort-Anmeldung fehlgeschlagen — ~/.pgpass, PGPASSFILE oder die ${VAR}-Angabe im Profil prüfen</translation>
    </message>
    <message>
        <source>the server wants a password and none was found — add it to ~/.pgpass or PGPASSFILE, or name an environment variable in the profile (${VAR})</source>
        <translation>der Server verlangt ein Passwort, und keines wurde gefunden — in ~/.pgpass oder PGPASSFILE eintragen oder im Profil eine Umgebungsvariable nennen (${VAR})</translation>
    </message>
    <message>
        <source>a query ran past the poll timeout — the server may be overloaded</source>
        <translation>eine Abfrage lief über die Zeitgrenze der Abfrage hinaus — der Server ist womöglich überlastet</translation>
    </message>
    <message>
        <source>the connection was lost mid-poll — was the server restarted or killed, or does something in between reset connections?</source>
        <translation>die Verbindung brach mitten in der Abfrage ab — wurde der Server neu gestartet oder beendet, oder setzt etwas dazwischen Verbindungen zurück?</translation>
    </message>
    <message>
        <source>the connection failed without a reason — is this PostgreSQL&apos;s (or pgbouncer&apos;s) port?</source>
        <translation>die Verbindung schlug ohne Angabe von Gründen fehl — ist das der Port von PostgreSQL (oder pgbouncer)?</translation>
    </message>
    <message>
        <source> — the monitoring role needs pg_monitor</source>
        <translation> — die Überwachungsrolle braucht pg_monitor</translation>
    </message>
</context>
<context>
    <name>Pitwall::PostgresCollector</name>
    <message>
        <source>pg_stat_statements is not installed in this database: slow statements come from pg_stat_activity only (CREATE EXTENSION pg_stat_statements)</source>
        <translation>pg_stat_statements ist in dieser Datenbank nicht installiert: langsame Anweisungen kommen nur aus pg_stat_activity (CREATE EXTENSION pg_stat_statements)</translation>
    </message>
    <message>
        <source>slot %1: no consumer connected for %2 s, %3 MB retained</source>
        <translation>Slot %1: seit %2 s kein Abnehmer verbunden, %3 MB zurückgehalten</translation>
    </message>
</context>
<context>
    <name>Pitwall::PresentationProxy</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>Pitwall::PrewarmAction</name>
    <message>
        <source>advised from pg_buffercache: the relations most used (blocks read and hit) of which less than half is in shared buffers now</source>
        <translation>empfohlen nach pg_buffercache: die meistgenutzten Relationen (gelesene und getroffene Blöcke), von denen jetzt weniger als die Hälfte in den Shared Buffers liegt</translation>
    </message>
    <message>
        <source>pg_buffercache is installed but the monitoring role may not read it (it needs pg_monitor): advised from block-read statistics instead</source>
        <translation>pg_buffercache ist installiert, aber die Monitoring-Rolle darf es nicht lesen (sie braucht pg_monitor): stattdessen nach der Statistik gelesener Blöcke empfohlen</translation>
    </message>
    <message>
        <source>pg_buffercache is not installed: advised from block-read statistics, the relations most read from outside shared buffers</source>
        <translation>pg_buffercache ist nicht installiert: nach der Statistik gelesener Blöcke empfohlen, die am meisten von außerhalb der Shared Buffers gelesenen Relationen</translation>
    </message>
    <message>
        <source>%1 (%2) is left out: more than half of shared_buffers (%3) — it would evict what it warms</source>
        <translation>%1 (%2) wird ausgelassen: mehr als die Hälfte von shared_buffers (%3) — es würde verdrängen, was es aufwärmt</translation>
    </message>
    <message>
        <source>%1 (%2) is left out: it does not fit in half of shared_buffers beside the hotter ones</source>
        <translation>%1 (%2) wird ausgelassen: es passt neben den heißeren nicht in die Hälfte von shared_buffers</translation>
    </message>
    <message>
        <source>Prewarm the hottest relations not in shared buffers on %1</source>
        <translation>Die heißesten Relationen außerhalb der Shared Buffers auf %1 vorwärmen</translation>
    </message>
    <message>
        <source>Prewarm relations on %1</source>
        <translation>Relationen auf %1 vorwärmen</translation>
    </message>
    <message>
        <source>pg_prewarm is not installed in this database: CREATE EXTENSION pg_prewarm</source>
        <translation>pg_prewarm ist in dieser Datenbank nicht installiert: CREATE EXTENSION pg_prewarm</translation>
    </message>
    <message>
        <source>: no relation named %1 in this database</source>
        <translation>: keine Relation namens %1 in dieser Datenbank</translation>
    </message>
    <message>
        <source>%1 is left out: the action role may not read it</source>
        <translation>%1 wird ausgelassen: die Aktionsrolle darf es nicht lesen</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>the action role may read none of the relations</source>
        <translation>die Aktionsrolle darf keine der Relationen lesen</translation>
    </message>
    <message>
        <source>%1: %2 blocks loaded</source>
        <translation>%1: %2 Blöcke geladen</translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s), %1 into shared buffers of %2</source>
        <translation>
            <numerusform>%n Relation, %1 in Shared Buffers von %2</numerusform>
            <numerusform>%n Relationen, %1 in Shared Buffers von %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %1 of %n relation(s)</source>
        <translation>
            <numerusform>abgebrochen nach %1 von %n Relation</numerusform>
            <numerusform>abgebrochen nach %1 von %n Relationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocks of %n relation(s) loaded into shared buffers</source>
        <translation>
            <numerusform>%1 Blöcke von %n Relation in die Shared Buffers geladen</numerusform>
            <numerusform>%1 Blöcke von %n Relationen in die Shared Buffers geladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pitwall::ProfileLoader</name>
    <message>
        <source>%1: %2: a sqlite source is a file; actions open the same file read-write</source>
        <translation>%1: %2: eine sqlite-Quelle ist eine Datei; Aktionen öffnen dieselbe Datei zum Lesen und Schreiben</translation>
    </message>
    <message>
        <source>expected sqlite:///absolute/path/app.db</source>
        <translation>erwartet: sqlite:///absoluter/pfad/app.db</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos;: %3</source>
        <translation>%1: „%2“: %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; names a host; %3</source>
        <translation>%1: „%2“ nennt einen Host; %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos;: a sqlite URL takes no options (write &apos;?&apos; and &apos;#&apos; in a file name as %3F and %23)</source>
        <translation>%1: „%2“: eine sqlite-URL nimmt keine Optionen an („?“ und „#“ in einem Dateinamen als %3F und %23 schreiben)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a file&apos;s absolute path; %3</source>
        <translation>%1: „%2“ ist kein absoluter Dateipfad; %3</translation>
    </message>
    <message>
        <source>%1: rediss:// (Redis over TLS) is not supported: this build&apos;s hiredis has no TLS, and the password would be sent in the clear. Reach the server through a TLS tunnel (e.g. stunnel) on loopback with redis://, or use redis:// on a trusted network</source>
        <translation>%1: rediss:// (Redis über TLS) wird nicht unterstützt: das hiredis dieses Builds hat kein TLS, und das Passwort würde im Klartext gesendet. Den Server über einen TLS-Tunnel (z. B. stunnel) auf Loopback mit redis:// erreichen oder redis:// in einem vertrauenswürdigen Netz verwenden</translation>
    </message>
    <message>
        <source>%1: a %2 source&apos;s url starts with %3, not %4://</source>
        <translation>%1: die URL einer %2-Quelle beginnt mit %3, nicht mit %4://</translation>
    </message>
    <message>
        <source>panels: expected a list of panels</source>
        <translation>panels: erwartet wird eine Liste von Panels</translation>
    </message>
    <message>
        <source>panel: missing key &apos;%1&apos;</source>
        <translation>panel: der Schlüssel „%1“ fehlt</translation>
    </message>
    <message>
        <source>panel: metric &apos;%1&apos;: use letters, digits and &apos;_&apos;</source>
        <translation>panel: Metrik „%1“: Buchstaben, Ziffern und „_“ verwenden</translation>
    </message>
    <message>
        <source>%1: promql is empty</source>
        <translation>%1: promql ist leer</translation>
    </message>
    <message>
        <source>%1: the profile has no prometheus source to ask</source>
        <translation>%1: das Profil hat keine prometheus-Quelle, die gefragt werden kann</translation>
    </message>
    <message>
        <source>%1: %2 is measured in &apos;%3&apos;, not &apos;%4&apos;</source>
        <translation>%1: %2 wird in „%3“ gemessen, nicht in „%4“</translation>
    </message>
    <message>
        <source>%1: %2 is a known metric with limits of its own; change them under thresholds:</source>
        <translation>%1: %2 ist eine bekannte Metrik mit eigenen Grenzwerten; diese unter thresholds: ändern</translation>
    </message>
    <message>
        <source>%1: a metric of the panel&apos;s own needs a unit (one of: %2)</source>
        <translation>%1: eine eigene Metrik des Panels braucht eine Einheit (eine von: %2)</translation>
    </message>
    <message>
        <source>%1: unit &apos;%2&apos;; expected one of: %3</source>
        <translation>%1: Einheit „%2“; erwartet wird eine von: %3</translation>
    </message>
    <message>
        <source>%1: source &apos;%2&apos; is not a source of this profile</source>
        <translation>%1: „%2“ ist keine Quelle dieses Profils</translation>
    </message>
    <message>
        <source>%1: source &apos;%2&apos; is a %3 source; panels are asked of prometheus sources</source>
        <translation>%1: „%2“ ist eine %3-Quelle; Panels werden von prometheus-Quellen abgefragt</translation>
    </message>
    <message>
        <source>session: retention: at least 1h, got &apos;%1&apos;</source>
        <translation>session: retention: mindestens 1h, angegeben „%1“</translation>
    </message>
    <message>
        <source>session: max_size: expected a size such as 200MB or 2GB, got &apos;%1&apos;</source>
        <translation>session: max_size: erwartet wird eine Größe wie 200MB oder 2GB, angegeben „%1“</translation>
    </message>
    <message>
        <source>session: max_size: at least 1MB, got &apos;%1&apos;</source>
        <translation>session: max_size: mindestens 1MB, angegeben „%1“</translation>
    </message>
    <message>
        <source>session: max_size: at most 1024GB, got &apos;%1&apos;</source>
        <translation>session: max_size: höchstens 1024GB, angegeben „%1“</translation>
    </message>
    <message>
        <source>interval: at least 500ms, got &apos;%1&apos;</source>
        <translation>interval: mindestens 500ms, angegeben „%1“</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>sources: expected a list of at least one source</source>
        <translation>sources: erwartet wird eine Liste mit mindestens einer Quelle</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; is named twice</source>
        <translation>die Quelle „%1“ ist zweimal genannt</translation>
    </message>
    <message>
        <source>source: missing key &apos;%1&apos;</source>
        <translation>source: der Schlüssel „%1“ fehlt</translation>
    </message>
    <message>
        <source>source name &apos;%1&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>Quellenname „%1“: Buchstaben, Ziffern, „-“, „_“ und „.“ verwenden</translation>
    </message>
    <message>
        <source>%1: unknown kind &apos;%2&apos;; expected one of: %3</source>
        <translation>%1: unbekannte Art „%2“; erwartet wird eine von: %3</translation>
    </message>
    <message>
        <source>%1: the password is given twice (url and password)</source>
        <translation>%1: das Passwort ist zweimal angegeben (url und password)</translation>
    </message>
    <message>
        <source>%1: action_url: %2 sources have no actions</source>
        <translation>%1: action_url: %2-Quellen haben keine Aktionen</translation>
    </message>
    <message>
        <source>%1: expected a %2:// URL like the source&apos;s url</source>
        <translation>%1: erwartet wird eine %2://-URL wie die url der Quelle</translation>
    </message>
    <message>
        <source>%1: there is no action_url to use it with</source>
        <translation>%1: es gibt keine action_url, für die es gelten könnte</translation>
    </message>
    <message>
        <source>%1: the password is given twice (action_url and action_password)</source>
        <translation>%1: das Passwort ist zweimal angegeben (action_url und action_password)</translation>
    </message>
    <message>
        <source>%1: indexes: only postgres sources have indexes to ensure; this one is %2</source>
        <translation>%1: indexes: nur postgres-Quellen haben sicherzustellende Indizes; diese ist %2</translation>
    </message>
    <message>
        <source>%1: expected a list of {table: schema.table, columns: [a, b]}</source>
        <translation>%1: erwartet wird eine Liste von {table: schema.table, columns: [a, b]}</translation>
    </message>
    <message>
        <source>%1: missing key &apos;%2&apos;</source>
        <translation>%1: der Schlüssel „%2“ fehlt</translation>
    </message>
    <message>
        <source>%1: the table is empty</source>
        <translation>%1: die Tabelle ist leer</translation>
    </message>
    <message>
        <source>%1: columns: expected a list of at least one column</source>
        <translation>%1: columns: erwartet wird eine Liste mit mindestens einer Spalte</translation>
    </message>
    <message>
        <source>%1: columns: an index has at most 32 columns</source>
        <translation>%1: columns: ein Index hat höchstens 32 Spalten</translation>
    </message>
    <message>
        <source>%1: columns: a column name is empty</source>
        <translation>%1: columns: ein Spaltenname ist leer</translation>
    </message>
    <message>
        <source>%1: columns: &apos;%2&apos; is named twice</source>
        <translation>%1: columns: „%2“ ist zweimal genannt</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is listed twice</source>
        <translation>%1: %2 (%3) ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a URL with a scheme and a host</source>
        <translation>%1: „%2“ ist keine URL mit Schema und Host</translation>
    </message>
    <message>
        <source>%1: a password is written into the profile; %2</source>
        <translation>%1: ein Passwort steht im Profil; %2</translation>
    </message>
    <message>
        <source>%1: not a libpq URI (%2); e.g. postgresql://user@host:5432/db, postgresql:///db?host=/run/postgresql or postgresql://?service=name</source>
        <translation>%1: keine libpq-URI (%2); z. B. postgresql://user@host:5432/db, postgresql:///db?host=/run/postgresql oder postgresql://?service=name</translation>
    </message>
    <message>
        <source>%1: direction must be above or below, got &apos;%2&apos;</source>
        <translation>%1: direction muss above oder below sein, angegeben „%2“</translation>
    </message>
    <message>
        <source>%1: a rule with limits needs a direction (above or below)</source>
        <translation>%1: eine Regel mit Grenzwerten braucht eine direction (above oder below)</translation>
    </message>
    <message>
        <source>threshold &apos;%1&apos;: every metric needs a unit</source>
        <translation>Schwellwert „%1“: jede Metrik braucht eine Einheit</translation>
    </message>
    <message>
        <source>thresholds: unknown metric &apos;%1&apos;; known metrics: %2</source>
        <translation>thresholds: unbekannte Metrik „%1“; bekannte Metriken: %2</translation>
    </message>
    <message>
        <source>warm_recipes: expected a list of recipes</source>
        <translation>warm_recipes: erwartet wird eine Liste von Rezepten</translation>
    </message>
    <message>
        <source>warm recipe &apos;%1&apos; is named twice</source>
        <translation>das Vorwärm-Rezept „%1“ ist zweimal genannt</translation>
    </message>
    <message>
        <source>warm recipe: missing key &apos;%1&apos;</source>
        <translation>Vorwärm-Rezept: der Schlüssel „%1“ fehlt</translation>
    </message>
    <message>
        <source>warm recipe name &apos;%1&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>Name des Vorwärm-Rezepts „%1“: Buchstaben, Ziffern, „-“, „_“ und „.“ verwenden</translation>
    </message>
    <message>
        <source>%1: no source is named &apos;%2&apos;</source>
        <translation>%1: keine Quelle heißt „%2“</translation>
    </message>
    <message>
        <source>%1: the query runs on a postgres or clickhouse source, &apos;%2&apos; is %3</source>
        <translation>%1: die Abfrage läuft auf einer postgres- oder clickhouse-Quelle, „%2“ ist %3</translation>
    </message>
    <message>
        <source>%1: the query is empty</source>
        <translation>%1: die Abfrage ist leer</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a redis source of this profile</source>
        <translation>%1: „%2“ ist keine redis-Quelle dieses Profils</translation>
    </message>
    <message>
        <source>%1: key: %2</source>
        <translation>%1: key: %2</translation>
    </message>
    <message>
        <source>%1: key: start with a fixed prefix, e.g. &apos;app:customer:{id}&apos;</source>
        <translation>%1: key: mit einem festen Präfix beginnen, z. B. „app:customer:{id}“</translation>
    </message>
    <message>
        <source>%1: key: the prefix &apos;%2&apos; holds a pattern character (* ? [ ] \)</source>
        <translation>%1: key: das Präfix „%2“ enthält ein Musterzeichen (* ? [ ] \)</translation>
    </message>
    <message>
        <source>%1: key: name a column, e.g. &apos;%2{id}&apos;, or every row writes the same key</source>
        <translation>%1: key: eine Spalte nennen, z. B. „%2{id}“, sonst schreibt jede Zeile denselben Schlüssel</translation>
    </message>
    <message>
        <source>%1: value: %2</source>
        <translation>%1: value: %2</translation>
    </message>
    <message>
        <source>%1: ttl: at least 1s</source>
        <translation>%1: ttl: mindestens 1s</translation>
    </message>
    <message>
        <source>write a ${ENV_VAR} reference instead, or &apos;password: keychain&apos; for the system keychain, or leave the password out and let it come from ~/.pgpass / PGPASSFILE / PGSERVICE (PostgreSQL)</source>
        <translation>stattdessen eine ${ENV_VAR}-Angabe schreiben, oder „password: keychain“ für den Schlüsselbund des Systems, oder das Passwort weglassen und aus ~/.pgpass / PGPASSFILE / PGSERVICE kommen lassen (PostgreSQL)</translation>
    </message>
    <message>
        <source>%1: expected a map of keys and values</source>
        <translation>%1: erwartet wird eine Zuordnung von Schlüsseln und Werten</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos;; expected one of: %3</source>
        <translation>%1: unbekannter Schlüssel „%2“; erwartet wird einer von: %3</translation>
    </message>
    <message>
        <source>%1: expected a single value</source>
        <translation>%1: erwartet wird ein einzelner Wert</translation>
    </message>
    <message>
        <source>%1: expected a number, got &apos;%2&apos;</source>
        <translation>%1: erwartet wird eine Zahl, angegeben „%2“</translation>
    </message>
    <message>
        <source>%1: expected true or false, got &apos;%2&apos;</source>
        <translation>%1: erwartet wird true oder false, angegeben „%2“</translation>
    </message>
    <message>
        <source>%1: expected a duration such as 500ms, 5s, 2m or 1h, got &apos;%2&apos;</source>
        <translation>%1: erwartet wird eine Dauer wie 500ms, 5s, 2m oder 1h, angegeben „%2“</translation>
    </message>
</context>
<context>
    <name>Pitwall::ProfileSources</name>
    <message>
        <source>a source named &apos;%1&apos; exists already</source>
        <translation>eine Quelle namens „%1“ gibt es schon</translation>
    </message>
    <message>
        <source>the profile has no source named &apos;%1&apos;</source>
        <translation>das Profil hat keine Quelle namens „%1“</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>the saved profile would be refused: %1</source>
        <translation>das gespeicherte Profil würde abgelehnt: %1</translation>
    </message>
    <message>
        <source>the saved profile would not read back as edited</source>
        <translation>das gespeicherte Profil ließe sich nicht so zurücklesen, wie es bearbeitet wurde</translation>
    </message>
    <message>
        <source>the saved profile would still name &apos;%1&apos;</source>
        <translation>das gespeicherte Profil würde „%1“ noch nennen</translation>
    </message>
</context>
<context>
    <name>Pitwall::ProfileWriter</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>the saved profile would be refused: %1</source>
        <translation>das gespeicherte Profil würde abgelehnt: %1</translation>
    </message>
    <message>
        <source>the saved profile would not read back as edited</source>
        <translation>das gespeicherte Profil ließe sich nicht so zurücklesen, wie es bearbeitet wurde</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: nicht schreibbar: %2</translation>
    </message>
    <message>
        <source>%1: cannot keep a backup beside it</source>
        <translation>%1: daneben kann keine Sicherungskopie abgelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot make its directory</source>
        <translation>%1: sein Verzeichnis kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Pitwall::PrometheusCollector</name>
    <message numerus="yes">
        <source>none of its %n panel(s) returned a series — do their metrics exist on this server?</source>
        <translation>
            <numerusform>das %n Panel lieferte keine Reihe — gibt es seine Metriken auf diesem Server?</numerusform>
            <numerusform>keines der %n Panels lieferte eine Reihe — gibt es ihre Metriken auf diesem Server?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: HTTP %2 — the server wants credentials (profile: ${VAR} reference)</source>
        <translation>%1: HTTP %2 — der Server verlangt Zugangsdaten (im Profil: ${VAR}-Angabe)</translation>
    </message>
    <message>
        <source>HTTP %1 without a Prometheus answer — is this a Prometheus server?</source>
        <translation>HTTP %1 ohne Prometheus-Antwort — ist das ein Prometheus-Server?</translation>
    </message>
</context>
<context>
    <name>Pitwall::RecommendationModel</name>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Est. saving</source>
        <translation>Geschätzte Ersparnis</translation>
    </message>
    <message>
        <source>Cost before</source>
        <translation>Kosten vorher</translation>
    </message>
    <message>
        <source>Cost after</source>
        <translation>Kosten nachher</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Write-heavy</source>
        <translation>Schreiblastig</translation>
    </message>
    <message>
        <source>Index scans</source>
        <translation>Index-Scans</translation>
    </message>
    <message>
        <source>Mean before</source>
        <translation>Mittel vorher</translation>
    </message>
    <message>
        <source>Mean now</source>
        <translation>Mittel jetzt</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
</context>
<context>
    <name>Pitwall::RecommendationsPane</name>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>curated (profile)</source>
        <translation>kuratiert (Profil)</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>yes: %1 writes, %2 reads</source>
        <translation>ja: %1 Schreibzugriffe, %2 Lesezugriffe</translation>
    </message>
    <message>
        <source>Refresh advice</source>
        <translation>Beratung aktualisieren</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Anlegen…</translation>
    </message>
    <message>
        <source>Undo…</source>
        <translation>Rückgängig…</translation>
    </message>
    <message>
        <source>Judge the workload again: pg_stat_statements since the last run, proven with HypoPG</source>
        <translation>Die Last neu beurteilen: pg_stat_statements seit dem letzten Lauf, mit HypoPG geprüft</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY of the selected recommendation, planned and confirmed first</source>
        <translation>CREATE INDEX CONCURRENTLY der gewählten Empfehlung, zuerst geplant und bestätigt</translation>
    </message>
    <message>
        <source>DROP INDEX CONCURRENTLY of the selected index Pitwall built</source>
        <translation>DROP INDEX CONCURRENTLY des gewählten Index, den Pitwall angelegt hat</translation>
    </message>
    <message>
        <source>Copy statement</source>
        <translation>Anweisung kopieren</translation>
    </message>
    <message>
        <source>Undo (drop the index)…</source>
        <translation>Rückgängig (Index entfernen)…</translation>
    </message>
    <message>
        <source>Apply index…</source>
        <translation>Index anlegen…</translation>
    </message>
    <message>
        <source>Judging the workload of every PostgreSQL source…</source>
        <translation>Die Last jeder PostgreSQL-Quelle wird beurteilt…</translation>
    </message>
    <message>
        <source>No advice yet.</source>
        <translation>Noch keine Beratung.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n statement(s) judged</source>
        <translation>
            <numerusform>%1: %n Anweisung beurteilt</numerusform>
            <numerusform>%1: %n Anweisungen beurteilt</numerusform>
        </translation>
    </message>
    <message>
        <source>no index helps %1: %2</source>
        <translation>kein Index hilft bei %1: %2</translation>
    </message>
    <message>
        <source>ends HOT updates of %1 (%2 of its updates are HOT now)</source>
        <translation>beendet HOT-Updates von %1 (derzeit sind %2 ihrer Updates HOT)</translation>
    </message>
    <message>
        <source>Select a recommendation to see its statements&apos; plans before and after</source>
        <translation>Eine Empfehlung auswählen, um die Pläne ihrer Anweisungen vorher und nachher zu sehen</translation>
    </message>
    <message>
        <source>no advice for %1: %2</source>
        <translation>keine Empfehlung für %1: %2</translation>
    </message>
    <message>
        <source>Statement: %1</source>
        <translation>Anweisung: %1</translation>
    </message>
    <message>
        <source>Plan before (cost %1):</source>
        <translation>Plan vorher (Kosten %1):</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(nicht gelesen)</translation>
    </message>
    <message>
        <source>Plan with %1 (cost %2):</source>
        <translation>Plan mit %1 (Kosten %2):</translation>
    </message>
    <message>
        <source>unused index %1 (%2): no scan in the %3 days of statistics</source>
        <translation>unbenutzter Index %1 (%2): kein Scan in den %3 Tagen der Statistik</translation>
    </message>
    <message>
        <source>duplicate index %1 (%2): %3 leads with the same columns</source>
        <translation>doppelter Index %1 (%2): %3 beginnt mit denselben Spalten</translation>
    </message>
    <message>
        <source>invalid index %1 (%2): left by a build that failed</source>
        <translation>ungültiger Index %1 (%2): Rest eines fehlgeschlagenen Aufbaus</translation>
    </message>
    <message>
        <source>; its table had %1 writes, each also writing it (statistics, not a plan)</source>
        <translation>; seine Tabelle hatte %1 Schreibzugriffe, jeder schreibt auch ihn (Statistik, kein Plan)</translation>
    </message>
    <message>
        <source>Drop index…</source>
        <translation>Index löschen…</translation>
    </message>
    <message>
        <source>Indexes the statistics say can go: unused since they were reset, duplicates of another index&apos;s leading columns, invalid leftovers</source>
        <translation>Indizes, die laut Statistik entfallen können: seit dem Zurücksetzen unbenutzt, Doppel der führenden Spalten eines anderen Index, ungültige Reste</translation>
    </message>
    <message>
        <source>DROP INDEX CONCURRENTLY of the chosen index, planned and confirmed by typing its name</source>
        <translation>DROP INDEX CONCURRENTLY des gewählten Index, geplant und durch Eintippen seines Namens bestätigt</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>unbenutzt</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doppelt</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
</context>
<context>
    <name>Pitwall::Recorder</name>
    <message>
        <source>the session file %1 cannot be written: %2</source>
        <translation>die Sitzungsdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the session file %1 cannot be read: %2</source>
        <translation>die Sitzungsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>its directory %1 cannot be created</source>
        <translation>ihr Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert</translation>
    </message>
    <message>
        <source>the session file %1 cannot be opened: %2</source>
        <translation>die Sitzungsdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the session file %1 cannot be pruned: %2</source>
        <translation>die Sitzungsdatei %1 kann nicht bereinigt werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>Pitwall::RedisCollector</name>
    <message>
        <source>%1: only redis:// is supported (no TLS in this build&apos;s hiredis); %2:// is refused so that nothing is sent in the clear</source>
        <translation>%1: nur redis:// wird unterstützt (kein TLS im hiredis dieses Builds); %2:// wird abgelehnt, damit nichts im Klartext gesendet wird</translation>
    </message>
    <message>
        <source>a replica of %1:%2 whose link to it is %3</source>
        <translation>ein Replikat von %1:%2, dessen Verbindung dorthin %3 ist</translation>
    </message>
    <message>
        <source>CLUSTER NODES failed: the server says it is in a cluster but does not list the nodes</source>
        <translation>CLUSTER NODES fehlgeschlagen: der Server sagt, er sei in einem Cluster, nennt aber die Knoten nicht</translation>
    </message>
    <message>
        <source>no server to poll</source>
        <translation>kein Server abzufragen</translation>
    </message>
    <message>
        <source>no node of the cluster answered: </source>
        <translation>kein Knoten des Clusters hat geantwortet: </translation>
    </message>
    <message>
        <source>no maxmemory set on %1</source>
        <translation>kein maxmemory gesetzt auf %1</translation>
    </message>
    <message>
        <source>no maxmemory set</source>
        <translation>kein maxmemory gesetzt</translation>
    </message>
    <message>
        <source>node %1 failed (%2 of %3 nodes report; the cluster-wide hit rate leaves it out): %4</source>
        <translation>Knoten %1 fehlgeschlagen (%2 von %3 Knoten melden; die clusterweite Trefferquote lässt ihn aus): %4</translation>
    </message>
</context>
<context>
    <name>Pitwall::RedisConnection</name>
    <message>
        <source>the reply is not Redis protocol — is this port a Redis server?</source>
        <translation>die Antwort ist kein Redis-Protokoll — ist an diesem Port ein Redis-Server?</translation>
    </message>
    <message>
        <source> — the server needs a password: name its environment variable in the profile (url: redis://user@host:port/0 and password: ${VAR}, or password: keychain)</source>
        <translation> — der Server verlangt ein Passwort: seine Umgebungsvariable im Profil nennen (url: redis://user@host:port/0 und password: ${VAR}, oder password: keychain)</translation>
    </message>
    <message>
        <source> — the user or password is wrong</source>
        <translation> — Benutzer oder Passwort ist falsch</translation>
    </message>
    <message>
        <source> — the ACL user lacks a permission Pitwall needs (INFO, SLOWLOG, CLUSTER NODES)</source>
        <translation> — dem ACL-Benutzer fehlt ein Recht, das Pitwall braucht (INFO, SLOWLOG, CLUSTER NODES)</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>keine Verbindung möglich</translation>
    </message>
</context>
<context>
    <name>Pitwall::RedisTarget</name>
    <message>
        <source>%1: only redis:// is supported (no TLS in this build&apos;s hiredis); %2:// is refused so that nothing is sent in the clear</source>
        <translation>%1: nur redis:// wird unterstützt (kein TLS im hiredis dieses Builds); %2:// wird abgelehnt, damit nichts im Klartext gesendet wird</translation>
    </message>
    <message>
        <source>%1: no node serves hash slot %2 — is the cluster healthy?</source>
        <translation>%1: kein Knoten bedient Hash-Slot %2 — ist der Cluster gesund?</translation>
    </message>
    <message>
        <source>%1: a Redis Cluster has only database 0, the URL names %2</source>
        <translation>%1: ein Redis Cluster hat nur die Datenbank 0, die URL nennt %2</translation>
    </message>
</context>
<context>
    <name>Pitwall::ReportWriter</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: cannot create the directory</source>
        <translation>%1: das Verzeichnis kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot write the chart</source>
        <translation>%1: das Diagramm kann nicht geschrieben werden</translation>
    </message>
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
        <source>Pitwall report — %1</source>
        <translation>Pitwall-Bericht — %1</translation>
    </message>
    <message>
        <source>From %1 to %2 · written %3 by Pitwall %4</source>
        <translation>Von %1 bis %2 · geschrieben %3 von Pitwall %4</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>%1 · poll interval %2 · limits changed from the defaults: %3</source>
        <translation>%1 · Abfrageintervall %2 · gegenüber den Vorgaben geänderte Grenzen: %3</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Slow queries</source>
        <translation>Langsame Abfragen</translation>
    </message>
    <message>
        <source>Sources as CSV</source>
        <translation>Quellen als CSV</translation>
    </message>
</context>
<context>
    <name>Pitwall::SlowQueryModel</name>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Mean (ms)</source>
        <translation>Mittel (ms)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Blockiert von</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
</context>
<context>
    <name>Pitwall::SourceDialog</name>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Edit source %1</source>
        <translation>Quelle %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>kept in the keyring; type to change</source>
        <translation>im Schlüsselbund; zum Ändern eingeben</translation>
    </message>
    <message>
        <source>from .pgpass, the environment or none</source>
        <translation>aus .pgpass, der Umgebung oder keines</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation>Geben Sie der Quelle einen Namen.</translation>
    </message>
    <message>
        <source>The profile has a source named %1 already.</source>
        <translation>Das Profil hat bereits eine Quelle namens %1.</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>die Quelle</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Teste %1…</translation>
    </message>
</context>
<context>
    <name>Pitwall::SourceRunner</name>
    <message>
        <source>%1: no answer within %2 s — the server may be hung, overloaded or unreachable</source>
        <translation>%1: keine Antwort innerhalb von %2 s — der Server hängt, ist überlastet oder nicht erreichbar</translation>
    </message>
    <message>
        <source>%1: the last answer is %2 s old — polls take longer than the %3 s interval</source>
        <translation>%1: die letzte Antwort ist %2 s alt — Abfragen dauern länger als das Intervall von %3 s</translation>
    </message>
</context>
<context>
    <name>Pitwall::SourceStatus</name>
    <message>
        <source>not polled</source>
        <translation>nicht abgefragt</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1: answered, but with no series — Pitwall sees nothing of it</source>
        <translation>%1: hat geantwortet, aber ohne Reihen — Pitwall sieht nichts davon</translation>
    </message>
    <message>
        <source>%1: answered, but with no series — %2</source>
        <translation>%1: hat geantwortet, aber ohne Reihen — %2</translation>
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
    <name>Pitwall::SourcesMenu</name>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>&amp;Add source…</source>
        <translation>Quelle &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved %1 into %2</source>
        <translation>%1 in %2 gespeichert</translation>
    </message>
    <message>
        <source>Password not stored</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message>
        <source>The system keyring refused the password: %1
The profile is unchanged.</source>
        <translation>Der Schlüsselbund des Systems hat das Passwort abgelehnt: %1
Das Profil bleibt unverändert.</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from %2? Its history stays in the session file.</source>
        <translation>%1 aus %2 entfernen? Ihr Verlauf bleibt in der Sitzungsdatei.</translation>
    </message>
    <message>
        <source>Removed %1 from %2</source>
        <translation>%1 aus %2 entfernt</translation>
    </message>
</context>
<context>
    <name>Pitwall::SqliteCheckpointAction</name>
    <message>
        <source>Checkpoint the WAL of %1 and truncate it</source>
        <translation>Checkpoint des WAL von %1, danach das WAL kürzen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the database is not in WAL mode: there is no WAL to checkpoint</source>
        <translation>die Datenbank ist nicht im WAL-Modus: es gibt kein WAL für einen Checkpoint</translation>
    </message>
    <message>
        <source>the WAL is empty (%1): nothing to checkpoint</source>
        <translation>das WAL ist leer (%1): kein Checkpoint nötig</translation>
    </message>
    <message numerus="yes">
        <source>the WAL holds %1: %n frame(s) of %2-byte pages to copy into the database</source>
        <translation>
            <numerusform>das WAL enthält %1: %n Frame (%2-Byte-Seite) zum Kopieren in die Datenbank</numerusform>
            <numerusform>das WAL enthält %1: %n Frames (%2-Byte-Seiten) zum Kopieren in die Datenbank</numerusform>
        </translation>
    </message>
    <message>
        <source>A reader still inside a read transaction keeps the frames it may need: the checkpoint waits up to %1 ms for it, copies what no reader needs, and ends busy with the WAL untruncated — run it again once that reader has finished</source>
        <translation>Ein Leser, der noch in einer Lesetransaktion steckt, hält die Frames, die er brauchen kann: der Checkpoint wartet bis zu %1 ms auf ihn, kopiert, was kein Leser braucht, und endet mit busy, ohne das WAL zu kürzen — erneut ausführen, sobald dieser Leser fertig ist</translation>
    </message>
    <message>
        <source>Writers wait while the WAL is truncated; readers go on</source>
        <translation>Schreiber warten, während das WAL gekürzt wird; Leser laufen weiter</translation>
    </message>
    <message>
        <source>checkpointing %1</source>
        <translation>Checkpoint von %1 läuft</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>busy: another connection kept the WAL — %1 of %2 frames copied, the WAL is still %3; run it again once the long reader has finished</source>
        <translation>busy: eine andere Verbindung hielt das WAL fest — %1 von %2 Frames kopiert, das WAL hat noch %3; erneut ausführen, sobald der lange Leser fertig ist</translation>
    </message>
    <message>
        <source>checkpointed; the WAL went from %1 to %2</source>
        <translation>Checkpoint fertig; das WAL ging von %1 auf %2</translation>
    </message>
</context>
<context>
    <name>Pitwall::SqliteCollector</name>
    <message>
        <source>journal_mode is %1, not WAL: readers and the writer wait for each other (the platform runs SQLite in WAL mode)</source>
        <translation>journal_mode ist %1, nicht WAL: Leser und Schreiber warten aufeinander (die Plattform betreibt SQLite im WAL-Modus)</translation>
    </message>
</context>
<context>
    <name>Pitwall::SqliteDatabase</name>
    <message>
        <source>opening the file</source>
        <translation>Öffnen der Datei</translation>
    </message>
    <message>
        <source>%1: no such file — check the path in the profile; Pitwall never creates a database</source>
        <translation>%1: Datei nicht vorhanden — den Pfad im Profil prüfen; Pitwall legt nie eine Datenbank an</translation>
    </message>
    <message>
        <source>%1: not a file but a directory or device</source>
        <translation>%1: keine Datei, sondern ein Verzeichnis oder Gerät</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2) — may this user read it?</source>
        <translation>%1: die Datei kann nicht gelesen werden (%2) — darf dieser Benutzer sie lesen?</translation>
    </message>
    <message>
        <source>%1: the file is empty — no SQLite database has been written to it</source>
        <translation>%1: die Datei ist leer — es wurde keine SQLite-Datenbank hineingeschrieben</translation>
    </message>
    <message>
        <source>%1: not a SQLite database — the file does not begin with SQLite&apos;s header</source>
        <translation>%1: keine SQLite-Datenbank — die Datei beginnt nicht mit dem SQLite-Header</translation>
    </message>
    <message>
        <source> — another connection held the database longer than the busy timeout (%1 ms)</source>
        <translation> — eine andere Verbindung hielt die Datenbank länger als das Busy-Timeout (%1 ms)</translation>
    </message>
    <message>
        <source> — the file is not a SQLite database, or it is encrypted</source>
        <translation> — die Datei ist keine SQLite-Datenbank oder sie ist verschlüsselt</translation>
    </message>
    <message>
        <source> — the file is damaged; PRAGMA integrity_check on a copy says where</source>
        <translation> — die Datei ist beschädigt; PRAGMA integrity_check auf einer Kopie zeigt, wo</translation>
    </message>
    <message>
        <source> — may this user open the file and write its directory?</source>
        <translation> — darf dieser Benutzer die Datei öffnen und in ihr Verzeichnis schreiben?</translation>
    </message>
    <message>
        <source> — the disk is full</source>
        <translation> — der Datenträger ist voll</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3%4</source>
        <translation>%1: %2 fehlgeschlagen: %3%4</translation>
    </message>
    <message>
        <source>reading the file</source>
        <translation>Lesen der Datei</translation>
    </message>
</context>
<context>
    <name>Pitwall::SqliteOptimizeAction</name>
    <message>
        <source>PRAGMA optimize on %1: refresh the planner&apos;s statistics</source>
        <translation>PRAGMA optimize auf %1: die Statistiken des Planers auffrischen</translation>
    </message>
    <message>
        <source>the planner&apos;s statistics are up to date: PRAGMA optimize would analyze nothing</source>
        <translation>die Statistiken des Planers sind aktuell: PRAGMA optimize würde nichts analysieren</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) with missing or out-of-date statistics</source>
        <translation>
            <numerusform>%n Tabelle mit fehlenden oder veralteten Statistiken</numerusform>
            <numerusform>%n Tabellen mit fehlenden oder veralteten Statistiken</numerusform>
        </translation>
    </message>
    <message>
        <source>each ANALYZE reads its table once and writes sqlite_stat1: writers wait while it does, readers go on</source>
        <translation>jedes ANALYZE liest seine Tabelle einmal und schreibt sqlite_stat1: Schreiber warten währenddessen, Leser laufen weiter</translation>
    </message>
    <message>
        <source>SQLite 3.40 analyzes only tables that statements on the same connection were planned on: one statement per index is prepared first, never run</source>
        <translation>SQLite 3.40 analysiert nur Tabellen, für die auf derselben Verbindung Anweisungen geplant wurden: zuerst wird je Index eine Anweisung vorbereitet, nie ausgeführt</translation>
    </message>
    <message>
        <source>PRAGMA optimize on %1</source>
        <translation>PRAGMA optimize auf %1</translation>
    </message>
    <message>
        <source>PRAGMA optimize was cancelled</source>
        <translation>PRAGMA optimize wurde abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>PRAGMA optimize done: %n table(s) analyzed</source>
        <translation>
            <numerusform>PRAGMA optimize fertig: %n Tabelle analysiert</numerusform>
            <numerusform>PRAGMA optimize fertig: %n Tabellen analysiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pitwall::SqliteVacuumAction</name>
    <message>
        <source>Return the free pages of %1 (incremental_vacuum)</source>
        <translation>Die freien Seiten von %1 zurückgeben (incremental_vacuum)</translation>
    </message>
    <message>
        <source>VACUUM %1: rewrite it without its free pages</source>
        <translation>VACUUM %1: die Datei ohne ihre freien Seiten neu schreiben</translation>
    </message>
    <message>
        <source>%1: %2, %3 pages of %4 bytes, %5 free</source>
        <translation>%1: %2, %3 Seiten zu %4 Byte, %5 frei</translation>
    </message>
    <message>
        <source>%1 free pages (%2, %3 % of the file) to return</source>
        <translation>%1 freie Seiten (%2, %3 % der Datei) zurückzugeben</translation>
    </message>
    <message>
        <source>no free pages: there is nothing to return</source>
        <translation>keine freien Seiten: es gibt nichts zurückzugeben</translation>
    </message>
    <message>
        <source>%1 free on %2</source>
        <translation>%1 frei auf %2</translation>
    </message>
    <message>
        <source>disk space: VACUUM needs about %1 beside the file and %2 for its temporary copy in %3; %4 free on %5%6</source>
        <translation>Speicherplatz: VACUUM braucht etwa %1 neben der Datei und %2 für seine temporäre Kopie in %3; %4 frei auf %5%6</translation>
    </message>
    <message>
        <source>, %1 free on %2</source>
        <translation>, %1 frei auf %2</translation>
    </message>
    <message>
        <source>not enough free disk space: VACUUM of %1 needs about %2 free on %3, and %4 is</source>
        <translation>nicht genug freier Speicherplatz: VACUUM von %1 braucht etwa %2 frei auf %3, frei sind %4</translation>
    </message>
    <message>
        <source>incremental_vacuum moves pages from the end of the file into the free ones and truncates it; writers wait while it runs, readers go on</source>
        <translation>incremental_vacuum verschiebt Seiten vom Ende der Datei in die freien und kürzt sie; Schreiber warten, solange es läuft, Leser laufen weiter</translation>
    </message>
    <message>
        <source>VACUUM holds the write lock from start to end: the application&apos;s writers wait (and fail after their busy timeout) while it rewrites the whole file; readers go on</source>
        <translation>VACUUM hält die Schreibsperre von Anfang bis Ende: die Schreiber der Anwendung warten (und scheitern nach ihrem Busy-Timeout), während es die ganze Datei neu schreibt; Leser laufen weiter</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 was cancelled; SQLite left the file as it was</source>
        <translation>%1 wurde abgebrochen; SQLite hat die Datei unverändert gelassen</translation>
    </message>
    <message>
        <source>free pages: %1 → %2</source>
        <translation>freie Seiten: %1 → %2</translation>
    </message>
    <message>
        <source>database: %1 → %2 (%3 → %4 pages)</source>
        <translation>Datenbank: %1 → %2 (%3 → %4 Seiten)</translation>
    </message>
    <message>
        <source>%1 done: %2 returned</source>
        <translation>%1 fertig: %2 zurückgegeben</translation>
    </message>
</context>
<context>
    <name>Pitwall::StatusTile</name>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n Reihe</numerusform>
            <numerusform>%n Reihen</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1 (%2)</source>
        <translation>seit %1 (%2)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 steht bevor</translation>
    </message>
</context>
<context>
    <name>Pitwall::TablePane</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtern (Strg+F)</translation>
    </message>
</context>
<context>
    <name>Pitwall::ThresholdsDialog</name>
    <message>
        <source>Thresholds and poll interval</source>
        <translation>Schwellenwerte und Abfrageintervall</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>Abfrageintervall</translation>
    </message>
    <message>
        <source>e.g. 5s, 500ms, 1m</source>
        <translation>z. B. 5s, 500ms, 1m</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>above</source>
        <translation>über</translation>
    </message>
    <message>
        <source>below</source>
        <translation>unter</translation>
    </message>
    <message>
        <source>Ratios are 0–1; an empty limit is no limit. Saved into %1.</source>
        <translation>Quoten als 0–1; ein leeres Feld ist keine Grenze. Gespeichert in %1.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a duration such as 0s, 2m or 5m</source>
        <translation>%1: „%2“ ist keine Dauer wie 0s, 2m oder 5m</translation>
    </message>
    <message>
        <source>%1: limits need a direction (above or below)</source>
        <translation>%1: Grenzen brauchen eine Richtung (über oder unter)</translation>
    </message>
    <message>
        <source>The poll interval must be a duration of at least 500ms</source>
        <translation>Das Abfrageintervall muss eine Dauer von mindestens 500ms sein</translation>
    </message>
    <message>
        <source>The poll interval is not a duration</source>
        <translation>Das Abfrageintervall ist keine Dauer</translation>
    </message>
</context>
<context>
    <name>Pitwall::TimeRangeBar</name>
    <message>
        <source>Show the last %1</source>
        <translation>Die letzten %1 zeigen</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigener …</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>❚❚ Paused</source>
        <translation>❚❚ Angehalten</translation>
    </message>
    <message>
        <source>Following now; click to pause</source>
        <translation>Folgt der Gegenwart; klicken zum Anhalten</translation>
    </message>
    <message>
        <source>Paused; click to follow now</source>
        <translation>Angehalten; klicken, um wieder live zu folgen</translation>
    </message>
    <message>
        <source>Custom time range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
</context>
<context>
    <name>Pitwall::VacuumAction</name>
    <message>
        <source>VACUUM (ANALYZE) of the tables with many dead rows on %1</source>
        <translation>VACUUM (ANALYZE) der Tabellen mit vielen toten Zeilen auf %1</translation>
    </message>
    <message>
        <source>VACUUM (ANALYZE) on %1</source>
        <translation>VACUUM (ANALYZE) auf %1</translation>
    </message>
    <message>
        <source>advised: tables with at least %1 dead rows and at least 10 % of their live rows, most dead rows first</source>
        <translation>empfohlen: Tabellen mit mindestens %1 toten Zeilen und mindestens 10 % ihrer lebenden Zeilen, die meisten toten Zeilen zuerst</translation>
    </message>
    <message>
        <source>: no table named %1 in this database</source>
        <translation>: keine Tabelle namens %1 in dieser Datenbank</translation>
    </message>
    <message>
        <source>: %1 is not a table (relkind %2)</source>
        <translation>: %1 ist keine Tabelle (relkind %2)</translation>
    </message>
    <message>
        <source>%1 is left out: the action role %2 does not own it (%3 does), and VACUUM would skip it</source>
        <translation>%1 wird ausgelassen: die Aktionsrolle %2 ist nicht ihr Eigentümer (das ist %3), und VACUUM würde sie überspringen</translation>
    </message>
    <message>
        <source>%1: %2 dead rows, %3 live, %4, last vacuum %5</source>
        <translation>%1: %2 tote Zeilen, %3 lebende, %4, letztes VACUUM %5</translation>
    </message>
    <message>
        <source>no table has at least %1 dead rows and 10 % of its live rows</source>
        <translation>keine Tabelle hat mindestens %1 tote Zeilen und 10 % ihrer lebenden Zeilen</translation>
    </message>
    <message>
        <source>the action role owns none of the tables: give the source an action_url with the tables&apos; owner</source>
        <translation>die Aktionsrolle ist Eigentümer keiner der Tabellen: geben Sie der Quelle eine action_url mit dem Eigentümer der Tabellen</translation>
    </message>
    <message>
        <source>VACUUM takes a SHARE UPDATE EXCLUSIVE lock: reads and writes go on; it gives up rather than wait behind another lock (lock_timeout)</source>
        <translation>VACUUM nimmt eine SHARE-UPDATE-EXCLUSIVE-Sperre: Lesen und Schreiben laufen weiter; es gibt auf, statt hinter einer anderen Sperre zu warten (lock_timeout)</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>VACUUM of %1 was cancelled</source>
        <translation>VACUUM von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1: dead rows %2 → %3</source>
        <translation>%1: tote Zeilen %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 dead rows in %n table(s) of %2</source>
        <translation>
            <numerusform>%1 tote Zeilen in %n Tabelle mit %2</numerusform>
            <numerusform>%1 tote Zeilen in %n Tabellen mit %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %1 of %n table(s)</source>
        <translation>
            <numerusform>abgebrochen nach %1 von %n Tabelle</numerusform>
            <numerusform>abgebrochen nach %1 von %n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>VACUUM (ANALYZE) of %n table(s) done</source>
        <translation>
            <numerusform>VACUUM (ANALYZE) von %n Tabelle erledigt</numerusform>
            <numerusform>VACUUM (ANALYZE) von %n Tabellen erledigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pitwall::WarmCacheAction</name>
    <message>
        <source>: the warm recipe&apos;s query returned %1 rows, more than %2: give it a LIMIT</source>
        <translation>: die Abfrage des Warm-Rezepts lieferte %1 Zeilen, mehr als %2: geben Sie ihr ein LIMIT</translation>
    </message>
    <message>
        <source>: the warm recipe&apos;s query returned more than %1 rows: give it a LIMIT</source>
        <translation>: die Abfrage des Warm-Rezepts lieferte mehr als %1 Zeilen: geben Sie ihr ein LIMIT</translation>
    </message>
    <message>
        <source>Warm %1 from %2 with recipe %3</source>
        <translation>%1 aus %2 mit Rezept %3 aufwärmen</translation>
    </message>
    <message>
        <source>  (one SET a row, pipelined %1 at a time%2)</source>
        <translation>  (ein SET je Zeile, %1 auf einmal in der Pipeline%2)</translation>
    </message>
    <message>
        <source>, each to the primary of its key&apos;s slot</source>
        <translation>, jedes an den Primary des Slots seines Schlüssels</translation>
    </message>
    <message>
        <source>%1 keys under the prefix %2 on %3, of which %4 exist now and are overwritten</source>
        <translation>%1 Schlüssel unter dem Präfix %2 auf %3, davon existieren %4 schon und werden überschrieben</translation>
    </message>
    <message>
        <source>reads: %1 on %2 in a read-only session</source>
        <translation>liest: %1 auf %2 in einer Nur-Lese-Sitzung</translation>
    </message>
    <message>
        <source>%1 rows → %2 keys with a TTL of %3 s</source>
        <translation>%1 Zeilen → %2 Schlüssel mit einer TTL von %3 s</translation>
    </message>
    <message>
        <source>undo with: flush-cache --source %1 --pattern &apos;%2*&apos;</source>
        <translation>rückgängig mit: flush-cache --source %1 --pattern &apos;%2*&apos;</translation>
    </message>
    <message>
        <source>%1 of %2 keys written before it was cancelled</source>
        <translation>%1 von %2 Schlüsseln geschrieben, bevor abgebrochen wurde</translation>
    </message>
    <message>
        <source>%1, node %2: SET failed after %3 keys: %4</source>
        <translation>%1, Knoten %2: SET nach %3 Schlüsseln fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>%1 keys written</source>
        <translation>%1 Schlüssel geschrieben</translation>
    </message>
    <message>
        <source>%1 keys written under %2 on %3, TTL %4 s</source>
        <translation>%1 Schlüssel unter %2 auf %3 geschrieben, TTL %4 s</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused: %1</source>
        <translation>
            <numerusform>%n Zeile abgelehnt: %1</numerusform>
            <numerusform>%n Zeilen abgelehnt: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pitwall::WelcomeView</name>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>pgbouncer</source>
        <translation>pgbouncer</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>ClickHouse</source>
        <translation>ClickHouse</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>/metrics endpoint</source>
        <translation>/metrics-Endpunkt</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>&amp;Watch the checked servers</source>
        <translation>Markierte Server &amp;beobachten</translation>
    </message>
    <message>
        <source>&amp;Add source…</source>
        <translation>Quelle &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>Profil ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No profile open&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Kein Profil geöffnet&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Pitwall looked for servers on this machine (%1) and none answered. Add the server you want to watch, or open a profile.</source>
        <translation>Pitwall hat auf diesem Rechner nach Servern gesucht (%1), und keiner hat geantwortet. Fügen Sie den Server hinzu, den Sie beobachten wollen, oder öffnen Sie ein Profil.</translation>
    </message>
    <message>
        <source>Pitwall looked for servers on this machine (%1). These answered; uncheck any you do not want to watch.</source>
        <translation>Pitwall hat auf diesem Rechner nach Servern gesucht (%1). Diese haben geantwortet; entfernen Sie das Häkchen bei denen, die Sie nicht beobachten wollen.</translation>
    </message>
    <message>
        <source>%1 — %2 at %3</source>
        <translation>%1 — %2 auf %3</translation>
    </message>
    <message>
        <source>Password not stored</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message>
        <source>The system keyring refused the password: %1</source>
        <translation>Der Schlüsselbund des Systems hat das Passwort abgelehnt: %1</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>action</name>
    <message>
        <source>The profile.</source>
        <translation>Das Profil.</translation>
    </message>
    <message>
        <source>The source to act on (default: the profile&apos;s only one of the right kind).</source>
        <translation>Die Quelle, auf der gehandelt wird (Vorgabe: die einzige passende des Profils).</translation>
    </message>
    <message>
        <source>flush-cache: the keys to remove, a SCAN MATCH pattern such as &apos;app:user:*&apos;.</source>
        <translation>flush-cache: die zu entfernenden Schlüssel, ein SCAN-MATCH-Muster wie &apos;app:user:*&apos;.</translation>
    </message>
    <message>
        <source>flush-cache: the whole database (FLUSHDB ASYNC); needs --confirm.</source>
        <translation>flush-cache: die ganze Datenbank (FLUSHDB ASYNC); braucht --confirm.</translation>
    </message>
    <message>
        <source>warm-cache: the warm recipe of the profile.</source>
        <translation>warm-cache: das Vorwärm-Rezept des Profils.</translation>
    </message>
    <message>
        <source>prewarm: a table or index (repeatable).</source>
        <translation>prewarm: eine Tabelle oder ein Index (wiederholbar).</translation>
    </message>
    <message>
        <source>optimize: only this partition id.</source>
        <translation>optimize: nur diese Partitions-ID.</translation>
    </message>
    <message>
        <source>optimize: OPTIMIZE TABLE … FINAL of the whole table; needs --confirm.</source>
        <translation>optimize: OPTIMIZE TABLE … FINAL der ganzen Tabelle; braucht --confirm.</translation>
    </message>
    <message>
        <source>cancel-query: the PostgreSQL backend.</source>
        <translation>cancel-query: das PostgreSQL-Backend.</translation>
    </message>
    <message>
        <source>cancel-query: the ClickHouse query id.</source>
        <translation>cancel-query: die ClickHouse-Abfrage-ID.</translation>
    </message>
    <message>
        <source>cancel-query: pg_terminate_backend; needs --confirm with the pid.</source>
        <translation>cancel-query: pg_terminate_backend; braucht --confirm mit der PID.</translation>
    </message>
    <message>
        <source>Print the plan and stop; nothing that changes a server is sent.</source>
        <translation>Den Plan ausgeben und aufhören; nichts, was einen Server ändert, wird gesendet.</translation>
    </message>
    <message>
        <source>Do not ask: run the plan.</source>
        <translation>Nicht fragen: den Plan ausführen.</translation>
    </message>
    <message>
        <source>With --yes, the word a destructive plan asks to be typed.</source>
        <translation>Mit --yes: das Wort, das ein destruktiver Plan zur Bestätigung verlangt.</translation>
    </message>
    <message>
        <source>The action: %1.</source>
        <translation>Die Aktion: %1.</translation>
    </message>
    <message>
        <source>pitwall action: name one action: %1</source>
        <translation>pitwall action: nennen Sie eine Aktion: %1</translation>
    </message>
    <message>
        <source>pitwall action: --profile FILE is required</source>
        <translation>pitwall action: --profile DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>pitwall action %1: --%2 is not one of its options; see pitwall action --help</source>
        <translation>pitwall action %1: --%2 ist keine ihrer Optionen; siehe pitwall action --help</translation>
    </message>
    <message>
        <source>pitwall action: --pid takes a process id, a positive number</source>
        <translation>pitwall action: --pid erwartet eine Prozess-ID, eine positive Zahl</translation>
    </message>
    <message>
        <source>pitwall: profile refused: %1</source>
        <translation>pitwall: Profil abgelehnt: %1</translation>
    </message>
    <message>
        <source>pitwall action %1: %2</source>
        <translation>pitwall action %1: %2</translation>
    </message>
    <message>
        <source>Type &apos;%1&apos; to go ahead, anything else stops: </source>
        <translation>Geben Sie &apos;%1&apos; ein, um fortzufahren; alles andere bricht ab: </translation>
    </message>
    <message>
        <source>Go ahead? [y/N] </source>
        <translation>Fortfahren? [y/N] </translation>
    </message>
    <message>
        <source>Next step, if it must end now: pitwall action cancel-query --profile %1 --source %2 --pid %3 --terminate</source>
        <translation>Nächster Schritt, falls sie jetzt enden muss: pitwall action cancel-query --profile %1 --source %2 --pid %3 --terminate</translation>
    </message>
    <message>
        <source>optimize: db.table; vacuum: schema.table (repeatable); apply-index: schema.table.</source>
        <translation>optimize: db.tabelle; vacuum: schema.tabelle (wiederholbar); apply-index: schema.tabelle.</translation>
    </message>
    <message>
        <source>apply-index: the index&apos;s columns, comma-separated, leading one first.</source>
        <translation>apply-index: die Spalten des Index, durch Kommas getrennt, die führende zuerst.</translation>
    </message>
    <message>
        <source>apply-index: a unique index.</source>
        <translation>apply-index: ein eindeutiger Index (UNIQUE).</translation>
    </message>
    <message>
        <source>drop-index: the index, schema.name.</source>
        <translation>drop-index: der Index, schema.name.</translation>
    </message>
    <message>
        <source>Plans an action, shows the plan (the exact statements, what they touch, an estimate), asks before it runs it, and writes one line to the audit log. Exits 0 done, 1 failed, 2 refused (read_only profile, not confirmed), 64 usage.

Actions:
  flush-cache   --pattern P | --flushdb     SCAN MATCH + UNLINK in batches, or FLUSHDB ASYNC (Redis)
  warm-cache    --recipe R                  a profile&apos;s warm recipe: query rows SET into Redis with a TTL
  prewarm       [--relation R ...]          pg_prewarm; without --relation, the advisor&apos;s list
  optimize      --table db.t [--partition ID] [--whole-table]
                                            OPTIMIZE … FINAL of the partitions with several parts
                (a sqlite source)           PRAGMA optimize: ANALYZE where statistics are stale
  vacuum        [--table schema.t ...]      VACUUM (ANALYZE); without --table, tables with many dead rows
                (a sqlite source)           VACUUM, or incremental_vacuum: returns the free pages
  checkpoint                                PRAGMA wal_checkpoint(TRUNCATE) of a sqlite source&apos;s WAL
  cancel-query  --pid N | --query-id ID [--terminate]
                                            pg_cancel_backend (pg_terminate_backend), KILL QUERY
  apply-index   --table schema.t --columns a[,b] [--unique]
                                            CREATE INDEX CONCURRENTLY (an index advisor&apos;s recommendation)
  drop-index    --index schema.name [--advised]
                                            DROP INDEX CONCURRENTLY of an index apply-index built, or
                                            (--advised) one the advisor found unused, duplicate or invalid</source>
        <translation>Plant eine Aktion, zeigt den Plan (die genauen Anweisungen, was sie betreffen, eine Schätzung), fragt, bevor sie ausgeführt wird, und schreibt eine Zeile ins Audit-Log. Exit-Code 0 erledigt, 1 fehlgeschlagen, 2 abgelehnt (read_only-Profil, nicht bestätigt), 64 Aufruffehler.

Aktionen:
  flush-cache   --pattern P | --flushdb     SCAN MATCH + UNLINK in Stapeln oder FLUSHDB ASYNC (Redis)
  warm-cache    --recipe R                  ein Vorwärm-Rezept des Profils: Abfragezeilen per SET mit TTL in Redis
  prewarm       [--relation R ...]          pg_prewarm; ohne --relation die Liste des Beraters
  optimize      --table db.t [--partition ID] [--whole-table]
                                            OPTIMIZE … FINAL der Partitionen mit mehreren Parts
                (eine sqlite-Quelle)        PRAGMA optimize: ANALYZE, wo Statistiken veraltet sind
  vacuum        [--table schema.t ...]      VACUUM (ANALYZE); ohne --table die Tabellen mit vielen toten Zeilen
                (eine sqlite-Quelle)        VACUUM oder incremental_vacuum: gibt die freien Seiten zurück
  checkpoint                                PRAGMA wal_checkpoint(TRUNCATE) des WAL einer sqlite-Quelle
  cancel-query  --pid N | --query-id ID [--terminate]
                                            pg_cancel_backend (pg_terminate_backend), KILL QUERY
  apply-index   --table schema.t --columns a[,b] [--unique]
                                            CREATE INDEX CONCURRENTLY (Empfehlung eines Index-Beraters)
  drop-index    --index schema.name [--advised]
                                            DROP INDEX CONCURRENTLY eines von apply-index angelegten Index oder
                                            (--advised) eines, den der Berater als unbenutzt, doppelt oder ungültig fand</translation>
    </message>
    <message>
        <source>drop-index: an index the advisor found unused, duplicate or invalid, whoever built it; needs --confirm with the index&apos;s name.</source>
        <translation>drop-index: ein Index, den der Berater als unbenutzt, doppelt oder ungültig fand, wer ihn auch angelegt hat; braucht --confirm mit dem Namen des Index.</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>The profile to check.</source>
        <translation>Das zu prüfende Profil.</translation>
    </message>
    <message>
        <source>How long to watch, e.g. 30s (default) or 2m.</source>
        <translation>Wie lange beobachtet wird, z. B. 30s (Vorgabe) oder 2m.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>pitwall check: --window takes a duration of at least 1s, e.g. 30s</source>
        <translation>pitwall check: --window erwartet eine Dauer von mindestens 1s, z. B. 30s</translation>
    </message>
    <message>
        <source>pitwall check: --profile FILE is required (no profile was opened in the window yet)</source>
        <translation>pitwall check: --profile DATEI ist erforderlich (im Fenster wurde noch kein Profil geöffnet)</translation>
    </message>
    <message>
        <source>pitwall check: checking %1</source>
        <translation>pitwall check: prüfe %1</translation>
    </message>
    <message>
        <source>Polls every source of the profile at the start and the end of the window, judges each metric against its thresholds, and exits as a Nagios plugin: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (a source could not be read, or the command line or the profile is wrong).</source>
        <translation>Fragt jede Quelle des Profils zu Beginn und am Ende des Zeitfensters ab, bewertet jede Metrik anhand ihrer Schwellenwerte und beendet sich wie ein Nagios-Plugin: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (eine Quelle konnte nicht gelesen werden, oder die Befehlszeile oder das Profil ist fehlerhaft).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The profile to open.</source>
        <translation>Das zu öffnende Profil.</translation>
    </message>
    <message>
        <source>User interface language (en, de); default: the system&apos;s.</source>
        <translation>Sprache der Oberfläche (en, de); Vorgabe: die des Systems.</translation>
    </message>
    <message>
        <source>pitwall: unknown command &apos;%1&apos;; see pitwall --help</source>
        <translation>pitwall: unbekannter Befehl „%1“; siehe pitwall --help</translation>
    </message>
    <message>
        <source>pitwall: profile refused: %1</source>
        <translation>pitwall: Profil abgelehnt: %1</translation>
    </message>
    <message>
        <source>Start with the dialog that opens a profile.</source>
        <translation>Mit dem Dialog zum Öffnen eines Profils beginnen.</translation>
    </message>
    <message>
        <source>Pitwall: connection pools, cache hit rates, CDC lag and slow queries against documented thresholds.

Commands:
  (none)   open the dashboard
  check    poll every source for a window and exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN
  report   poll for a window and write an incident report (index.html, charts, CSV)
  action   plan, confirm and run an action: flush-cache, warm-cache, prewarm, optimize, vacuum,
           cancel-query (pitwall action --help)
  serve    poll without a window and serve the metrics for Prometheus to scrape

pitwall COMMAND --help lists a command&apos;s options.</source>
        <translation>Pitwall: Verbindungspools, Cache-Trefferquoten, CDC-Verzögerung und langsame Abfragen, gemessen an dokumentierten Schwellenwerten.

Befehle:
  (keiner) das Dashboard öffnen
  check    alle Quellen ein Zeitfenster lang abfragen; Exit-Code 0 OK, 1 WARNUNG, 2 KRITISCH, 3 UNBEKANNT
  report   ein Zeitfenster lang abfragen und einen Vorfallsbericht schreiben (index.html, Diagramme, CSV)
  action   eine Aktion planen, bestätigen und ausführen: flush-cache, warm-cache, prewarm, optimize, vacuum,
           cancel-query (pitwall action --help)
  serve    ohne Zeitfenster abfragen und die Metriken für Prometheus zum Abrufen bereitstellen

pitwall BEFEHL --help zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>check, report, action or serve</source>
        <translation>check, report, action oder serve</translation>
    </message>
    <message>
        <source>pitwall: %1; see pitwall --help</source>
        <translation>pitwall: %1; siehe pitwall --help</translation>
    </message>
    <message>
        <source>PostgreSQL on 5432 and its socket, pgbouncer 6432, Redis 6379, ClickHouse 8123, Prometheus 9090</source>
        <translation>PostgreSQL auf 5432 und sein Socket, pgbouncer 6432, Redis 6379, ClickHouse 8123, Prometheus 9090</translation>
    </message>
    <message>
        <source>pitwall: --window takes a duration of at least 1s, e.g. 24h</source>
        <translation>pitwall: --window erwartet eine Dauer von mindestens 1s, z. B. 24h</translation>
    </message>
    <message>
        <source>The time range the dashboard shows (5m, 1h30m, 24h); default 15m.</source>
        <translation>Der Zeitraum, den das Dashboard zeigt (5m, 1h30m, 24h); Vorgabe 15m.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Polls every source of the profile for the window and writes an incident report: index.html with the charts, the alert and slow-query tables and the profile&apos;s summary, plus CSV of all of it. History recorded for the profile before the window is included.</source>
        <translation>Fragt jede Quelle des Profils für das Zeitfenster ab und schreibt einen Vorfallsbericht: index.html mit den Diagrammen, den Tabellen der Alarme und langsamen Abfragen und der Übersicht des Profils, dazu alles als CSV. Für das Profil zuvor aufgezeichneter Verlauf ist enthalten.</translation>
    </message>
    <message>
        <source>The profile.</source>
        <translation>Das Profil.</translation>
    </message>
    <message>
        <source>How long to watch, e.g. 60s.</source>
        <translation>Wie lange beobachtet wird, z. B. 60s.</translation>
    </message>
    <message>
        <source>The directory to write into.</source>
        <translation>Das Verzeichnis, in das geschrieben wird.</translation>
    </message>
    <message>
        <source>pitwall report: --profile FILE --out DIR [--window 60s] (a window of at least 1s)</source>
        <translation>pitwall report: --profile DATEI --out VERZEICHNIS [--window 60s] (ein Zeitfenster von mindestens 1s)</translation>
    </message>
    <message>
        <source>pitwall report: %1</source>
        <translation>pitwall report: %1</translation>
    </message>
</context>
<context>
    <name>serve</name>
    <message>
        <source>The profile to poll.</source>
        <translation>Das abzufragende Profil.</translation>
    </message>
    <message>
        <source>Where to serve /metrics: an IP address and a port, and nothing else is listened on (default 127.0.0.1:9464).</source>
        <translation>Wo /metrics bereitgestellt wird: eine IP-Adresse und ein Port; auf nichts anderem wird gelauscht (Standard 127.0.0.1:9464).</translation>
    </message>
    <message>
        <source>pitwall serve: --profile FILE is required</source>
        <translation>pitwall serve: --profile DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>pitwall serve: --listen takes an IP address and a port, e.g. 127.0.0.1:9464 or [::1]:9464, not &apos;%1&apos;</source>
        <translation>pitwall serve: --listen erwartet eine IP-Adresse und einen Port, z. B. 127.0.0.1:9464 oder [::1]:9464, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>pitwall serve: %1</source>
        <translation>pitwall serve: %1</translation>
    </message>
    <message numerus="yes">
        <source>pitwall serve: http://%1/metrics, %n source(s) from %2</source>
        <translation>
            <numerusform>pitwall serve: http://%1/metrics, %n Quelle aus %2</numerusform>
            <numerusform>pitwall serve: http://%1/metrics, %n Quellen aus %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Polls every source of the profile, headless, and serves what Pitwall computes for Prometheus to scrape: one gauge per metric with its unit as suffix (pitwall_cache_hit_ratio, pitwall_cdc_lag_seconds, pitwall_pool_utilisation_ratio, ...; the latest value of each series, labels source and its own), pitwall_threshold_level{source,metric,...} (0 ok, 1 warning, 2 critical, 3 emergency) and pitwall_source_up{source,kind}.</source>
        <translation>Fragt jede Quelle des Profils ohne Oberfläche ab und stellt bereit, was Pitwall berechnet, damit Prometheus es abruft: ein Gauge pro Metrik mit ihrer Einheit als Suffix (pitwall_cache_hit_ratio, pitwall_cdc_lag_seconds, pitwall_pool_utilisation_ratio, ...; der jüngste Wert jeder Reihe, Labels: source und ihre eigenen), pitwall_threshold_level{source,metric,...} (0 ok, 1 Warnung, 2 kritisch, 3 Notfall) und pitwall_source_up{source,kind}.</translation>
    </message>
</context>
</TS>
