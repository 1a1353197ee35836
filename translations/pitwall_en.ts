<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Pitwall::Action</name>
    <message>
        <source>the profile is read_only: actions are planned, never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 — the role actions connect as lacks the privilege: give the source an action_url with a role that has it (the table&apos;s owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: another session holds a lock on it; not waiting behind it (lock_timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::ActionDialog</name>
    <message>
        <source>&amp;Preview plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — read-only profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements, exactly as they will be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminate backend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet: choose the options and preview the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the plan from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:%1&quot;&gt;This is destructive.&lt;/b&gt; Type &lt;code&gt;%2&lt;/code&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::ActionFactory</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile has no source named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acts on a %2 source; &apos;%3&apos; is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile has no %1 source for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the source with --source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flush-cache needs a --pattern or --flushdb, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile has no warm_recipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name a warm recipe with --recipe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacuum on a sqlite source takes no --table: it vacuums the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimize on a sqlite source takes no --table, --partition or --whole-table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimize needs one --table db.table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply-index needs one --table schema.table and --columns a[,b]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop-index needs one --index schema.name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel-query on a postgres source needs --pid N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel-query on a clickhouse source needs --query-id ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::ActionForm</name>
    <message>
        <source>Keys matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole database (FLUSHDB ASYNC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SCAN MATCH pattern, e.g. app:session:*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one table or index a line, e.g. public.orders — empty: the advisor&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one table a line, e.g. public.orders — empty: the tables with many dead rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database.table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: every partition with more than one part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPTIMIZE the whole table (rewrites all of it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no warm_recipes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of %1 written to %2 as %3 = %4, TTL %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no source this action works on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the pattern of the keys to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the table to optimize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flush cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prewarm (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimize (ClickHouse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VACUUM (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply index (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop index (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VACUUM (SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimize (SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint (SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::ActionRunner</name>
    <message>
        <source>the profile is read_only: the plan is shown, never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile is read_only: actions are planned, never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed: a destructive action runs only when &apos;%1&apos; is typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run: nothing was sent that changes a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed: nothing was run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::ActionWorker</name>
    <message>
        <source>unexpected error while planning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::AlertModel</name>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::ApplyIndexAction</name>
    <message>
        <source>CREATE INDEX CONCURRENTLY on %1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1 of index (HypoPG&apos;s estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY takes a SHARE UPDATE EXCLUSIVE lock: reads and writes go on while it builds; it waits for transactions older than itself. Each step gives up after lock_timeout (%1 s) rather than wait longer. A build that fails leaves an invalid index: it is dropped (DROP INDEX CONCURRENTLY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo: pitwall action drop-index --index %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: no table named %1 in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 is not a table (relkind %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 has no column named %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action role %1 does not own %2 (%3 does), and only the owner may index it: give the source an action_url with the table&apos;s owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already serves %2 (%3): nothing to build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is partitioned: a partitioned parent cannot be indexed concurrently, so each of its %2 partition(s) gets its own index. The parent&apos;s index, if wanted, is CREATE INDEX ON ONLY %1 then ALTER INDEX … ATTACH PARTITION for each — a brief SHARE lock on the parent, left to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invalid index %1 is left from a build that failed: it is dropped first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an index named %1 exists already and does not serve %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workload&apos;s statements cannot be read: no cost before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — generic plan cost %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> → %1 with the index (hypothetical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 of %2 blocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 of %2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 of %2 transactions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 built on %2 in %3 s (valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds duplicate values%2: a unique index cannot be built on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 = %2 more than once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it waited longer than lock_timeout (%1 s) for a conflicting lock or for a transaction older than the build; try again when it has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the invalid index it left was dropped (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it left no index behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the invalid index it left could not be dropped (%1): drop it with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY %1 failed: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another session is building %1 (it holds the advisory lock): not building it twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 serves it already; not built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — cost %2 → %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, uses the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, does not use the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an equivalent index exists already: nothing built</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n index(es) to build on %1 of table%2</source>
        <translation>
            <numerusform>%n index to build on %1 of table%2</numerusform>
            <numerusform>%n indexes to build on %1 of table%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %1 of %n index(es)</source>
        <translation>
            <numerusform>cancelled after %1 of %n index</numerusform>
            <numerusform>cancelled after %1 of %n indexes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>built %n index(es) concurrently; ANALYZE done</source>
        <translation>
            <numerusform>built %n index concurrently; ANALYZE done</numerusform>
            <numerusform>built %n indexes concurrently; ANALYZE done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pitwall::CancelQueryAction</name>
    <message>
        <source>Terminate backend %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the query of backend %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backend has pid %1: its session has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend %1: %2@%3%4, %5 for %6 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid %1 is a %2, not a client&apos;s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid %1 is Pitwall&apos;s own session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action role %1 may not signal %2&apos;s sessions: give the source an action_url with that role, or one with pg_signal_backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend %1 is idle: no query to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminating ends the session: its open transaction is rolled back and its client must connect again — cancel the query first where that is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill query %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClickHouse has no sessions to terminate: KILL QUERY is how its queries end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no query with id %1 is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query %1 of %2, running for %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not signal backend %1: its session may have ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend %1 was terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query of backend %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for backend %1 to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signalled, but backend %1 is still running its query after %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — terminating it is a separate, confirmed step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query %1 was killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for query %1 to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KILL QUERY was sent, but query %1 is still running after %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::ChartPanel</name>
    <message>
        <source>No %1 data yet: no source of this profile reports %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitwall chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::CheckReport</name>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slow query %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 results, %2 slow queries, %3 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source gave a result; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LABELS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLOW QUERIES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> × %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  cost %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, write-heavy table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 index scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no index helps  %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INDEX RECOMMENDATIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REMARKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERRORS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 index recommendation(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ends HOT updates of %1 (%2 of the table&apos;s updates are HOT now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 index  %2: %3, %4, %5 scans, %6 table writes%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, covered by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::ClickHouseClient</name>
    <message>
        <source>%1: authentication failed — check the user and the profile&apos;s ${VAR} password reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer is not ClickHouse JSON (%2) — is this ClickHouse&apos;s HTTP port?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::ClickHouseCollector</name>
    <message>
        <source>%1: the answer is not ClickHouse JSON (%2) — is this ClickHouse&apos;s HTTP port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, %2 bytes read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::Collector</name>
    <message>
        <source>%1: unexpected error: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::ConnectionHints</name>
    <message>
        <source>connection refused — is the server running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s — is the server hung or overloaded?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::ConnectionTest</name>
    <message>
        <source>Connected: it answered in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::DashboardView</name>
    <message>
        <source>Pool utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDC lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDC bytes retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel query (not running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel query…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate backend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite WAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recording: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::DropIndexAction</name>
    <message>
        <source>DROP INDEX CONCURRENTLY %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: no index named %1 in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 is not an index (relkind %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not built by Pitwall (apply-index names its indexes pitwall_… and marks them with a comment): drop-index drops only those</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 backs a constraint: dropping it would drop the constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3, %4 scans since statistics were reset%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one index of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DROP INDEX CONCURRENTLY waits for the transactions using the index and does not block reads or writes; it gives up after lock_timeout (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scan in the %1 h the statistics cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads with the same columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid: a build that failed left it, and every write still maintains it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3; the table had %4 writes in that time, each also writing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this rests on the statistics, not on a plan: HypoPG 1.3 cannot hide an index to show the plans without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an index the advisor would drop: it is scanned, no other index leads with its columns, or a primary key, a constraint or a valid unique index needs it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::FlushCacheAction</name>
    <message>
        <source>: SCAN answered something else than a cursor and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flush the keys matching %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 keys in db %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keys match, of %2 on %3 node(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys are found again with SCAN when it runs: a matching key written meanwhile is removed too, one removed meanwhile is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pattern matches every key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flush database %1 of %2 (FLUSHDB ASYNC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every key of db %2 (%3 keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keys on %2 node(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASYNC: the server frees the memory in the background and keeps answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, node %2: UNLINK failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keys unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 keys unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keys matching %2 unlinked on %3 node(s)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> before it was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 node(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLUSHDB ASYNC on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: db %2 flushed (%3 keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database %1 flushed on %2 node(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Pitwall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom the time axis around the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mouse wheel over a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan the time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drag a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to a band of time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift + drag a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a chart alone, or all again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>double-click a chart, or click a tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all charts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide or show a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click its legend entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitwall manual page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>man(1) could not format the page (install man-db); its source follows.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>man(1) is not installed (install man-db); the page&apos;s source follows.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Pitwall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pitwall %1&lt;/h3&gt;&lt;p&gt;The dashboard on-call engineers reach for first: connection pools, cache hit rate, CDC lag and slow queries of PostgreSQL, pgbouncer, Redis, ClickHouse, Prometheus, &lt;code&gt;/metrics&lt;/code&gt; endpoints and SQLite, against documented thresholds.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later. It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::HttpClient</name>
    <message>
        <source>TLS failed (%1) — is the server&apos;s certificate trusted by this machine (its CA in the system store) and issued for this host, and does the server speak https on this port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found — check the URL in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection without an answer — is this the right port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not HTTP — is this the right port?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::Keychain</name>
    <message>
        <source>: the system keychain did not answer — is a keyring running?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::Level</name>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::LibpqUri</name>
    <message>
        <source>default port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local socket, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::MainWindow</name>
    <message>
        <source>Pitwall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitwall — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) from %1</source>
        <translation>
            <numerusform>%n source from %1</numerusform>
            <numerusform>%n sources from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a profile (Ctrl+O) to see its sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitwall profiles (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart data as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds and &amp;interval…</source>
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
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause / follow live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in pixels (0: as on screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export dashboard as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the incident report into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flush cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warm cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Optimize (ClickHouse)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VACUUM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prewarm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No profile given: watching the %n server(s) that answer on this machine&apos;s standard ports. File → Open profile… for yours.</source>
        <translation>
            <numerusform>No profile given: watching the %n server that answers on this machine&apos;s standard ports. File → Open profile… for yours.</numerusform>
            <numerusform>No profile given: watching the %n servers that answer on this machine&apos;s standard ports. File → Open profile… for yours.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <extracomment>The status bar: the overall level, then the open alerts and the sources in error.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n open alert</numerusform>
            <numerusform>%n open alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) in error</source>
        <translation>
            <numerusform>%n source in error</numerusform>
            <numerusform>%n sources in error</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite &amp;checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite VAC&amp;UUM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite op&amp;timize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recording: %1 — polling goes on, this session&apos;s history stays in memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;zoom, live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile %1; File → Sources changes it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::MetricsCollector</name>
    <message>
        <source>%1: HTTP %2 — the endpoint wants credentials (profile: ${VAR} reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2 from %3 — is this the metrics path?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer is not Prometheus text format (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines of the exposition were not understood (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::OptimizeAction</name>
    <message>
        <source>: &apos;%1&apos; is not a table name: write db.table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPTIMIZE … FINAL of %1.%2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: no table %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is a %3 table: OPTIMIZE merges parts of MergeTree tables only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition %1 (id %2): %3 active parts, %4 rows, %5 → 1 part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1.%2 has no partition with id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINAL rewrites each partition whole, in the background merge pool; inserts go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every partition has one active part: nothing to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this rewrites the whole table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition %1: merging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPTIMIZE was killed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — are merges stopped for this table (SYSTEM STOP MERGES)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition %1: %2 parts → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: %3 parts → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s), %1 parts, %2 rewritten, of %3 in the table</source>
        <translation>
            <numerusform>%n partition, %1 parts, %2 rewritten, of %3 in the table</numerusform>
            <numerusform>%n partitions, %1 parts, %2 rewritten, of %3 in the table</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) with one active part are left alone</source>
        <translation>
            <numerusform>%n partition with one active part is left alone</numerusform>
            <numerusform>%n partitions with one active part are left alone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OPTIMIZE FINAL of %n partition(s) of %1.%2 done</source>
        <translation>
            <numerusform>OPTIMIZE FINAL of %n partition of %1.%2 done</numerusform>
            <numerusform>OPTIMIZE FINAL of %n partitions of %1.%2 done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pitwall::PasswordPrompt</name>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile cannot be written: the password is used until Pitwall closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::PgBouncerCollector</name>
    <message>
        <source>%1: %2 failed: %3 — does this user have stats_users or admin_users rights in pgbouncer.ini?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the URL must name pgbouncer&apos;s admin database, e.g. postgresql://user@host:6432/pgbouncer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::PgConnection</name>
    <message>
        <source>libpq cannot read the URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer while connecting — is the host reachable and the server up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password authentication failed — check ~/.pgpass, PGPASSFILE or the profile&apos;s ${VAR} reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server wants a password and none was found — add it to ~/.pgpass or PGPASSFILE, or name an environment variable in the profile (${VAR})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a query ran past the poll timeout — the server may be overloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was lost mid-poll — was the server restarted or killed, or does something in between reset connections?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection failed without a reason — is this PostgreSQL&apos;s (or pgbouncer&apos;s) port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the monitoring role needs pg_monitor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::PostgresCollector</name>
    <message>
        <source>pg_stat_statements is not installed in this database: slow statements come from pg_stat_activity only (CREATE EXTENSION pg_stat_statements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot %1: no consumer connected for %2 s, %3 MB retained</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::PresentationProxy</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::PrewarmAction</name>
    <message>
        <source>advised from pg_buffercache: the relations most used (blocks read and hit) of which less than half is in shared buffers now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_buffercache is installed but the monitoring role may not read it (it needs pg_monitor): advised from block-read statistics instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_buffercache is not installed: advised from block-read statistics, the relations most read from outside shared buffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is left out: more than half of shared_buffers (%3) — it would evict what it warms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is left out: it does not fit in half of shared_buffers beside the hotter ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prewarm the hottest relations not in shared buffers on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prewarm relations on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_prewarm is not installed in this database: CREATE EXTENSION pg_prewarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: no relation named %1 in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is left out: the action role may not read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action role may read none of the relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 blocks loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s), %1 into shared buffers of %2</source>
        <translation>
            <numerusform>%n relation, %1 into shared buffers of %2</numerusform>
            <numerusform>%n relations, %1 into shared buffers of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %1 of %n relation(s)</source>
        <translation>
            <numerusform>cancelled after %1 of %n relation</numerusform>
            <numerusform>cancelled after %1 of %n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 blocks of %n relation(s) loaded into shared buffers</source>
        <translation>
            <numerusform>%1 blocks of %n relation loaded into shared buffers</numerusform>
            <numerusform>%1 blocks of %n relations loaded into shared buffers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pitwall::ProfileLoader</name>
    <message>
        <source>%1: %2: a sqlite source is a file; actions open the same file read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected sqlite:///absolute/path/app.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; names a host; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos;: a sqlite URL takes no options (write &apos;?&apos; and &apos;#&apos; in a file name as %3F and %23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a file&apos;s absolute path; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rediss:// (Redis over TLS) is not supported: this build&apos;s hiredis has no TLS, and the password would be sent in the clear. Reach the server through a TLS tunnel (e.g. stunnel) on loopback with redis://, or use redis:// on a trusted network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a %2 source&apos;s url starts with %3, not %4://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panels: expected a list of panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panel: missing key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panel: metric &apos;%1&apos;: use letters, digits and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: promql is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the profile has no prometheus source to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is measured in &apos;%3&apos;, not &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is a known metric with limits of its own; change them under thresholds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a metric of the panel&apos;s own needs a unit (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unit &apos;%2&apos;; expected one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: source &apos;%2&apos; is not a source of this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: source &apos;%2&apos; is a %3 source; panels are asked of prometheus sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session: retention: at least 1h, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session: max_size: expected a size such as 200MB or 2GB, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session: max_size: at least 1MB, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session: max_size: at most 1024GB, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval: at least 500ms, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources: expected a list of at least one source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &apos;%1&apos; is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: missing key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source name &apos;%1&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown kind &apos;%2&apos;; expected one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the password is given twice (url and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: action_url: %2 sources have no actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a %2:// URL like the source&apos;s url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no action_url to use it with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the password is given twice (action_url and action_password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: indexes: only postgres sources have indexes to ensure; this one is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a list of {table: schema.table, columns: [a, b]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing key &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the table is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: columns: expected a list of at least one column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: columns: an index has at most 32 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: columns: a column name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: columns: &apos;%2&apos; is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3) is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a URL with a scheme and a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a password is written into the profile; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a libpq URI (%2); e.g. postgresql://user@host:5432/db, postgresql:///db?host=/run/postgresql or postgresql://?service=name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: direction must be above or below, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a rule with limits needs a direction (above or below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold &apos;%1&apos;: every metric needs a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thresholds: unknown metric &apos;%1&apos;; known metrics: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm_recipes: expected a list of recipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm recipe &apos;%1&apos; is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm recipe: missing key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm recipe name &apos;%1&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no source is named &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the query runs on a postgres or clickhouse source, &apos;%2&apos; is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the query is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a redis source of this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key: start with a fixed prefix, e.g. &apos;app:customer:{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key: the prefix &apos;%2&apos; holds a pattern character (* ? [ ] \)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key: name a column, e.g. &apos;%2{id}&apos;, or every row writes the same key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: value: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ttl: at least 1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a ${ENV_VAR} reference instead, or &apos;password: keychain&apos; for the system keychain, or leave the password out and let it come from ~/.pgpass / PGPASSFILE / PGSERVICE (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a map of keys and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos;; expected one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a number, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected true or false, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a duration such as 500ms, 5s, 2m or 1h, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::ProfileSources</name>
    <message>
        <source>a source named &apos;%1&apos; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile has no source named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved profile would be refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved profile would not read back as edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved profile would still name &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::ProfileWriter</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved profile would be refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved profile would not read back as edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot keep a backup beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot make its directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::PrometheusCollector</name>
    <message numerus="yes">
        <source>none of its %n panel(s) returned a series — do their metrics exist on this server?</source>
        <translation>
            <numerusform>its %n panel returned no series — do its metrics exist on this server?</numerusform>
            <numerusform>none of its %n panels returned a series — do their metrics exist on this server?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: HTTP %2 — the server wants credentials (profile: ${VAR} reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 without a Prometheus answer — is this a Prometheus server?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::RecommendationModel</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Est. saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write-heavy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::RecommendationsPane</name>
    <message>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curated (profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: %1 writes, %2 reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge the workload again: pg_stat_statements since the last run, proven with HypoPG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY of the selected recommendation, planned and confirmed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DROP INDEX CONCURRENTLY of the selected index Pitwall built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (drop the index)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judging the workload of every PostgreSQL source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No advice yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n statement(s) judged</source>
        <translation>
            <numerusform>%1: %n statement judged</numerusform>
            <numerusform>%1: %n statements judged</numerusform>
        </translation>
    </message>
    <message>
        <source>no index helps %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends HOT updates of %1 (%2 of its updates are HOT now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a recommendation to see its statements&apos; plans before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no advice for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan before (cost %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan with %1 (cost %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unused index %1 (%2): no scan in the %3 days of statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate index %1 (%2): %3 leads with the same columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid index %1 (%2): left by a build that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; its table had %1 writes, each also writing it (statistics, not a plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexes the statistics say can go: unused since they were reset, duplicates of another index&apos;s leading columns, invalid leftovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DROP INDEX CONCURRENTLY of the chosen index, planned and confirmed by typing its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::Recorder</name>
    <message>
        <source>the session file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its directory %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session file %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session file %1 cannot be pruned: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::RedisCollector</name>
    <message>
        <source>%1: only redis:// is supported (no TLS in this build&apos;s hiredis); %2:// is refused so that nothing is sent in the clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replica of %1:%2 whose link to it is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLUSTER NODES failed: the server says it is in a cluster but does not list the nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server to poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node of the cluster answered: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no maxmemory set on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no maxmemory set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 failed (%2 of %3 nodes report; the cluster-wide hit rate leaves it out): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::RedisConnection</name>
    <message>
        <source>the reply is not Redis protocol — is this port a Redis server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the server needs a password: name its environment variable in the profile (url: redis://user@host:port/0 and password: ${VAR}, or password: keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the user or password is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the ACL user lacks a permission Pitwall needs (INFO, SLOWLOG, CLUSTER NODES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::RedisTarget</name>
    <message>
        <source>%1: only redis:// is supported (no TLS in this build&apos;s hiredis); %2:// is refused so that nothing is sent in the clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no node serves hash slot %2 — is the cluster healthy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a Redis Cluster has only database 0, the URL names %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::ReportWriter</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the chart</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Pitwall report — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2 · written %3 by Pitwall %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · poll interval %2 · limits changed from the defaults: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources as CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::SlowQueryModel</name>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::SourceDialog</name>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the keyring; type to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from .pgpass, the environment or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has a source named %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::SourceRunner</name>
    <message>
        <source>%1: no answer within %2 s — the server may be hung, overloaded or unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the last answer is %2 s old — polls take longer than the %3 s interval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::SourceStatus</name>
    <message>
        <source>not polled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: answered, but with no series — Pitwall sees nothing of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: answered, but with no series — %2</source>
        <translation type="unfinished"></translation>
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
    <name>Pitwall::SourcesMenu</name>
    <message>
        <source>&amp;Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring refused the password: %1
The profile is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2? Its history stays in the session file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::SqliteCheckpointAction</name>
    <message>
        <source>Checkpoint the WAL of %1 and truncate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is not in WAL mode: there is no WAL to checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WAL is empty (%1): nothing to checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the WAL holds %1: %n frame(s) of %2-byte pages to copy into the database</source>
        <translation>
            <numerusform>the WAL holds %1: %n frame of a %2-byte page to copy into the database</numerusform>
            <numerusform>the WAL holds %1: %n frames of %2-byte pages to copy into the database</numerusform>
        </translation>
    </message>
    <message>
        <source>A reader still inside a read transaction keeps the frames it may need: the checkpoint waits up to %1 ms for it, copies what no reader needs, and ends busy with the WAL untruncated — run it again once that reader has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writers wait while the WAL is truncated; readers go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpointing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy: another connection kept the WAL — %1 of %2 frames copied, the WAL is still %3; run it again once the long reader has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpointed; the WAL went from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::SqliteCollector</name>
    <message>
        <source>journal_mode is %1, not WAL: readers and the writer wait for each other (the platform runs SQLite in WAL mode)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::SqliteDatabase</name>
    <message>
        <source>opening the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file — check the path in the profile; Pitwall never creates a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a file but a directory or device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2) — may this user read it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty — no SQLite database has been written to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a SQLite database — the file does not begin with SQLite&apos;s header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — another connection held the database longer than the busy timeout (%1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the file is not a SQLite database, or it is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the file is damaged; PRAGMA integrity_check on a copy says where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — may this user open the file and write its directory?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::SqliteOptimizeAction</name>
    <message>
        <source>PRAGMA optimize on %1: refresh the planner&apos;s statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the planner&apos;s statistics are up to date: PRAGMA optimize would analyze nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) with missing or out-of-date statistics</source>
        <translation>
            <numerusform>%n table with missing or out-of-date statistics</numerusform>
            <numerusform>%n tables with missing or out-of-date statistics</numerusform>
        </translation>
    </message>
    <message>
        <source>each ANALYZE reads its table once and writes sqlite_stat1: writers wait while it does, readers go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite 3.40 analyzes only tables that statements on the same connection were planned on: one statement per index is prepared first, never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRAGMA optimize on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRAGMA optimize was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>PRAGMA optimize done: %n table(s) analyzed</source>
        <translation>
            <numerusform>PRAGMA optimize done: %n table analyzed</numerusform>
            <numerusform>PRAGMA optimize done: %n tables analyzed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pitwall::SqliteVacuumAction</name>
    <message>
        <source>Return the free pages of %1 (incremental_vacuum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VACUUM %1: rewrite it without its free pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 pages of %4 bytes, %5 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free pages (%2, %3 % of the file) to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free pages: there is nothing to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk space: VACUUM needs about %1 beside the file and %2 for its temporary copy in %3; %4 free on %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 free on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough free disk space: VACUUM of %1 needs about %2 free on %3, and %4 is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incremental_vacuum moves pages from the end of the file into the free ones and truncates it; writers wait while it runs, readers go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VACUUM holds the write lock from start to end: the application&apos;s writers wait (and fail after their busy timeout) while it rewrites the whole file; readers go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled; SQLite left the file as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free pages: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: %1 → %2 (%3 → %4 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done: %2 returned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::StatusTile</name>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n series</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::TablePane</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::ThresholdsDialog</name>
    <message>
        <source>Thresholds and poll interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5s, 500ms, 1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratios are 0–1; an empty limit is no limit. Saved into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a duration such as 0s, 2m or 5m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: limits need a direction (above or below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The poll interval must be a duration of at least 500ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The poll interval is not a duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::TimeRangeBar</name>
    <message>
        <source>Show the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following now; click to pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused; click to follow now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pitwall::VacuumAction</name>
    <message>
        <source>VACUUM (ANALYZE) of the tables with many dead rows on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VACUUM (ANALYZE) on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advised: tables with at least %1 dead rows and at least 10 % of their live rows, most dead rows first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: no table named %1 in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 is not a table (relkind %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is left out: the action role %2 does not own it (%3 does), and VACUUM would skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 dead rows, %3 live, %4, last vacuum %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no table has at least %1 dead rows and 10 % of its live rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action role owns none of the tables: give the source an action_url with the tables&apos; owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VACUUM takes a SHARE UPDATE EXCLUSIVE lock: reads and writes go on; it gives up rather than wait behind another lock (lock_timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VACUUM of %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dead rows %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 dead rows in %n table(s) of %2</source>
        <translation>
            <numerusform>%1 dead rows in %n table of %2</numerusform>
            <numerusform>%1 dead rows in %n tables of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %1 of %n table(s)</source>
        <translation>
            <numerusform>cancelled after %1 of %n table</numerusform>
            <numerusform>cancelled after %1 of %n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>VACUUM (ANALYZE) of %n table(s) done</source>
        <translation>
            <numerusform>VACUUM (ANALYZE) of %n table done</numerusform>
            <numerusform>VACUUM (ANALYZE) of %n tables done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pitwall::WarmCacheAction</name>
    <message>
        <source>: the warm recipe&apos;s query returned %1 rows, more than %2: give it a LIMIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the warm recipe&apos;s query returned more than %1 rows: give it a LIMIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm %1 from %2 with recipe %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (one SET a row, pipelined %1 at a time%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, each to the primary of its key&apos;s slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keys under the prefix %2 on %3, of which %4 exist now and are overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads: %1 on %2 in a read-only session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows → %2 keys with a TTL of %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo with: flush-cache --source %1 --pattern &apos;%2*&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 keys written before it was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, node %2: SET failed after %3 keys: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keys written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keys written under %2 on %3, TTL %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused: %1</source>
        <translation>
            <numerusform>%n row refused: %1</numerusform>
            <numerusform>%n rows refused: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pitwall::WelcomeView</name>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pgbouncer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClickHouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/metrics endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch the checked servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No profile open&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitwall looked for servers on this machine (%1) and none answered. Add the server you want to watch, or open a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitwall looked for servers on this machine (%1). These answered; uncheck any you do not want to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring refused the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>action</name>
    <message>
        <source>The profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source to act on (default: the profile&apos;s only one of the right kind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flush-cache: the keys to remove, a SCAN MATCH pattern such as &apos;app:user:*&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flush-cache: the whole database (FLUSHDB ASYNC); needs --confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm-cache: the warm recipe of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prewarm: a table or index (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimize: only this partition id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimize: OPTIMIZE TABLE … FINAL of the whole table; needs --confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel-query: the PostgreSQL backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel-query: the ClickHouse query id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel-query: pg_terminate_backend; needs --confirm with the pid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan and stop; nothing that changes a server is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask: run the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --yes, the word a destructive plan asks to be typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pitwall action: name one action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pitwall action: --profile FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pitwall action %1: --%2 is not one of its options; see pitwall action --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pitwall action: --pid takes a process id, a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pitwall: profile refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pitwall action %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type &apos;%1&apos; to go ahead, anything else stops: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step, if it must end now: pitwall action cancel-query --profile %1 --source %2 --pid %3 --terminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimize: db.table; vacuum: schema.table (repeatable); apply-index: schema.table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply-index: the index&apos;s columns, comma-separated, leading one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply-index: a unique index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop-index: the index, schema.name.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop-index: an index the advisor found unused, duplicate or invalid, whoever built it; needs --confirm with the index&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>The profile to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to watch, e.g. 30s (default) or 2m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pitwall check: --window takes a duration of at least 1s, e.g. 30s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pitwall check: --profile FILE is required (no profile was opened in the window yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pitwall check: checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polls every source of the profile at the start and the end of the window, judges each metric against its thresholds, and exits as a Nagios plugin: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (a source could not be read, or the command line or the profile is wrong).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The profile to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (en, de); default: the system&apos;s.</source>
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
    <message>
        <source>Start with the dialog that opens a profile.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check, report, action or serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pitwall: %1; see pitwall --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL on 5432 and its socket, pgbouncer 6432, Redis 6379, ClickHouse 8123, Prometheus 9090</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pitwall: --window takes a duration of at least 1s, e.g. 24h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time range the dashboard shows (5m, 1h30m, 24h); default 15m.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Polls every source of the profile for the window and writes an incident report: index.html with the charts, the alert and slow-query tables and the profile&apos;s summary, plus CSV of all of it. History recorded for the profile before the window is included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to watch, e.g. 60s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory to write into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pitwall report: --profile FILE --out DIR [--window 60s] (a window of at least 1s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pitwall report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>serve</name>
    <message>
        <source>The profile to poll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to serve /metrics: an IP address and a port, and nothing else is listened on (default 127.0.0.1:9464).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pitwall serve: --profile FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pitwall serve: --listen takes an IP address and a port, e.g. 127.0.0.1:9464 or [::1]:9464, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pitwall serve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>pitwall serve: http://%1/metrics, %n source(s) from %2</source>
        <translation>
            <numerusform>pitwall serve: http://%1/metrics, %n source from %2</numerusform>
            <numerusform>pitwall serve: http://%1/metrics, %n sources from %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Polls every source of the profile, headless, and serves what Pitwall computes for Prometheus to scrape: one gauge per metric with its unit as suffix (pitwall_cache_hit_ratio, pitwall_cdc_lag_seconds, pitwall_pool_utilisation_ratio, ...; the latest value of each series, labels source and its own), pitwall_threshold_level{source,metric,...} (0 ok, 1 warning, 2 critical, 3 emergency) and pitwall_source_up{source,kind}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
