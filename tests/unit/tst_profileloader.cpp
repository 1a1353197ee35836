#include "libpquri.h"
#include "profileloader.h"
#include "profileyaml.h"

#include <QtTest>

using namespace Pitwall;
using namespace std::chrono_literals;

namespace {
const QString &file = Test::profileFile;
using Test::describe;
using Test::parse;

ProfileError errorOf(const char *yaml)
{
    auto result = parse(yaml);
    if (const auto *error = std::get_if<ProfileError>(&result))
        return *error;
    return ProfileError{file, -1, -1, QStringLiteral("the profile was accepted")};
}
} // namespace

class TestProfileLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsTheDesignExample()
    {
        auto result = parse("interval: 5s\n"
                            "read_only: false\n"
                            "sources:\n"
                            "  - name: orders-db\n"
                            "    kind: postgres\n"
                            "    url: postgresql://monitor@127.0.0.1:5432/orders\n"
                            "  - name: pool\n"
                            "    kind: pgbouncer\n"
                            "    url: postgresql://pgbouncer@127.0.0.1:6432/pgbouncer\n"
                            "  - name: cache\n"
                            "    kind: redis\n"
                            "    url: redis://127.0.0.1:6379/0\n"
                            "  - name: analytics\n"
                            "    kind: clickhouse\n"
                            "    url: http://127.0.0.1:8123\n"
                            "  - name: prom\n"
                            "    kind: prometheus\n"
                            "    url: http://127.0.0.1:9090\n"
                            "  - name: sessions\n"
                            "    kind: sqlite\n"
                            "    url: sqlite:///var/lib/app/app.db\n"
                            "thresholds:\n"
                            "  cache_hit_rate: {direction: below, warning: 0.95, critical: 0.85, for: 5m}\n");
        QVERIFY2(std::holds_alternative<Profile>(result), describe(result).constData());
        const auto profile = std::get<Profile>(result);
        QCOMPARE(profile.interval, 5s);
        QCOMPARE(profile.readOnly, false);
        QCOMPARE(profile.sources.size(), 6);
        QCOMPARE(profile.sources[5].kind, SourceKind::Sqlite);
        QCOMPARE(profile.sources[5].databasePath(), QStringLiteral("/var/lib/app/app.db"));
        QCOMPARE(profile.sources[0].name, QStringLiteral("orders-db"));
        QCOMPARE(profile.sources[0].kind, SourceKind::Postgres);
        QCOMPARE(profile.sources[0].url.port(), 5432);
        QCOMPARE(profile.sources[2].kind, SourceKind::Redis);

        // The override changes what it names and keeps the rest of the default.
        const auto hitRate = profile.thresholds.value(QStringLiteral("cache_hit_rate"));
        QCOMPARE(hitRate.warning, 0.95);
        QCOMPARE(hitRate.critical, 0.85);
        QCOMPARE(hitRate.emergency, 0.70);
        QCOMPARE(hitRate.unit, QStringLiteral("ratio"));
        QCOMPARE(profile.thresholds.value(QStringLiteral("active_parts")).critical, 300.0);
        QCOMPARE(profile.thresholds.value(QStringLiteral("sqlite_wal_bytes")).warning, 64.0 * 1024 * 1024);
        QCOMPARE(profile.thresholds.value(QStringLiteral("sqlite_wal_bytes")).critical, 256.0 * 1024 * 1024);
        QCOMPARE(profile.thresholds.value(QStringLiteral("sqlite_freelist_ratio")).warning, 0.25);
    }

    void acceptsASqlitePathWithSpacesAndQuotes()
    {
        auto result = parse("sources:\n"
                            "  - {name: a, kind: sqlite, url: 'sqlite:///srv/it''s a \"dir\"/app db.sqlite'}\n"
                            "  - {name: b, kind: sqlite, url: 'sqlite:///srv/it%27s%20a%20%22dir%22/x%23y.db'}\n");
        QVERIFY2(std::holds_alternative<Profile>(result), describe(result).constData());
        const auto profile = std::get<Profile>(result);
        QCOMPARE(profile.sources[0].databasePath(), QStringLiteral("/srv/it's a \"dir\"/app db.sqlite"));
        QCOMPARE(profile.sources[1].databasePath(), QStringLiteral("/srv/it's a \"dir\"/x#y.db"));
    }

    void sessionRetentionDefaultsToAWeekAndCanBeSet()
    {
        const auto defaults = std::get<Profile>(ProfileLoader::parse(
            "sources:\n  - {name: a, kind: redis, url: 'redis://h'}\n", file, ProfileLoader::defaultThresholds()));
        QCOMPARE(defaults.sessionRetention, std::chrono::milliseconds(std::chrono::hours(24 * 7)));
        QCOMPARE(defaults.sessionMaxBytes, 512LL * 1024 * 1024);
        const auto set = std::get<Profile>(
            ProfileLoader::parse("session: {retention: 2d, max_size: 1.5GB}\nsources:\n  - {name: a, kind: redis, "
                                 "url: 'redis://h'}\n",
                                 file, ProfileLoader::defaultThresholds()));
        QCOMPARE(set.sessionRetention, std::chrono::milliseconds(std::chrono::hours(48)));
        QCOMPARE(set.sessionMaxBytes, qint64(1.5 * 1024 * 1024 * 1024));
    }

    void acceptsAnEnvironmentReference()
    {
        auto result = parse(
            "sources:\n"
            "  - {name: db, kind: postgres, url: \"postgresql://monitor:${ORDERS_DB_PASSWORD}@127.0.0.1/orders\"}\n"
            "  - {name: cache, kind: redis, url: \"redis://127.0.0.1:6379/0\", password: \"${REDIS_PASSWORD}\"}\n");
        QVERIFY2(std::holds_alternative<Profile>(result), describe(result).constData());
        const auto profile = std::get<Profile>(result);
        QCOMPARE(profile.sources[0].passwordEnv, QStringLiteral("ORDERS_DB_PASSWORD"));
        QVERIFY(profile.sources[0].url.password().isEmpty());
        QCOMPARE(profile.sources[1].passwordEnv, QStringLiteral("REDIS_PASSWORD"));
        QVERIFY(!profile.sources[1].passwordInKeychain);
    }

    void acceptsTheKeychain()
    {
        auto result = parse("sources:\n"
                            "  - {name: cache, kind: redis, url: 'redis://127.0.0.1:6379/0', password: keychain}\n");
        QVERIFY2(std::holds_alternative<Profile>(result), describe(result).constData());
        const auto source = std::get<Profile>(result).sources.first();
        QVERIFY(source.passwordInKeychain);
        QVERIFY(source.passwordEnv.isEmpty());
    }

    void acceptsAnActionUrl()
    {
        auto result = parse("sources:\n"
                            "  - name: db\n"
                            "    kind: postgres\n"
                            "    url: postgresql://monitor@127.0.0.1:5432/orders\n"
                            "    action_url: \"postgresql://owner:${OWNER_PASSWORD}@127.0.0.1:5432/orders\"\n"
                            "  - name: cache\n"
                            "    kind: redis\n"
                            "    url: redis://monitor@127.0.0.1:6379/0\n"
                            "    password: ${MONITOR}\n"
                            "    action_url: redis://admin@127.0.0.1:6379/0\n"
                            "    action_password: keychain\n"
                            "  - {name: ch, kind: clickhouse, url: 'http://127.0.0.1:8123'}\n");
        QVERIFY2(std::holds_alternative<Profile>(result), describe(result).constData());
        const auto profile = std::get<Profile>(result);
        const SourceConfig &db = profile.sources[0];
        QCOMPARE(db.actionUrl.userName(), QStringLiteral("owner"));
        QVERIFY(db.actionUrl.password().isEmpty());
        QCOMPARE(db.actionPasswordEnv, QStringLiteral("OWNER_PASSWORD"));
        QVERIFY(db.passwordEnv.isEmpty());
        // Actions connect with the action URL and its password; polling keeps the monitoring role.
        const SourceConfig forActions = db.forActions();
        QCOMPARE(forActions.url.userName(), QStringLiteral("owner"));
        QCOMPARE(forActions.passwordEnv, QStringLiteral("OWNER_PASSWORD"));
        QCOMPARE(forActions.name, QStringLiteral("db"));
        const SourceConfig cache = profile.sources[1].forActions();
        QCOMPARE(cache.url.userName(), QStringLiteral("admin"));
        QVERIFY(cache.passwordInKeychain);
        QVERIFY(cache.passwordEnv.isEmpty());
        QCOMPARE(cache.keychainKey(), QStringLiteral("cache/action"));
        QCOMPARE(profile.sources[1].keychainKey(), QStringLiteral("cache"));
        // Without an action URL, actions use the source as it is.
        QCOMPARE(profile.sources[2].forActions().url, profile.sources[2].url);
    }

    void acceptsWarmRecipes()
    {
        auto result = parse("sources:\n"
                            "  - {name: db, kind: postgres, url: 'postgresql://h/app'}\n"
                            "  - {name: ch, kind: clickhouse, url: 'http://h:8123'}\n"
                            "  - {name: cache, kind: redis, url: 'redis://h:6379/0'}\n"
                            "warm_recipes:\n"
                            "  - name: popular-customers\n"
                            "    source: db\n"
                            "    query: \"SELECT id, name FROM customers ORDER BY id LIMIT 500\"\n"
                            "    redis: cache\n"
                            "    key: \"app:customer:{id}\"\n"
                            "    value: \"{name}\"\n"
                            "    ttl: 10m\n"
                            "  - {name: stats, source: ch, query: 'SELECT 1 AS d, 2 AS n', redis: cache, "
                            "key: 'app:stats:{d}', value: '{n} rows on {d}', ttl: 30s}\n");
        QVERIFY2(std::holds_alternative<Profile>(result), describe(result).constData());
        const auto profile = std::get<Profile>(result);
        QCOMPARE(profile.warmRecipes.size(), 2);
        const WarmRecipe *recipe = profile.warmRecipe(QStringLiteral("popular-customers"));
        QVERIFY(recipe);
        QCOMPARE(recipe->source, QStringLiteral("db"));
        QCOMPARE(recipe->redis, QStringLiteral("cache"));
        QCOMPARE(recipe->keyPrefix(), QStringLiteral("app:customer:"));
        QCOMPARE(recipe->ttl, 600s);
        QCOMPARE(profile.warmRecipe(QStringLiteral("stats"))->ttl, 30s);
        QVERIFY(!profile.warmRecipe(QStringLiteral("nope")));
    }

    void acceptsCuratedIndexes()
    {
        auto result = parse("sources:\n"
                            "  - name: db\n"
                            "    kind: postgres\n"
                            "    url: 'postgresql://h/app'\n"
                            "    indexes:\n"
                            "      - {table: public.transactions, columns: [user_id, created_at]}\n"
                            "      - table: alerts\n"
                            "        columns: [status, severity, triggered_at]\n");
        QVERIFY2(std::holds_alternative<Profile>(result), describe(result).constData());
        const auto indexes = std::get<Profile>(result).sources.first().indexes;
        QCOMPARE(indexes.size(), 2);
        QCOMPARE(indexes[0].table, QStringLiteral("public.transactions"));
        QCOMPARE(indexes[0].columns, (QStringList{QStringLiteral("user_id"), QStringLiteral("created_at")}));
        QCOMPARE(indexes[1].columns.size(), 3);
        // Actions connect elsewhere, the curated list stays the source's.
        QCOMPARE(std::get<Profile>(result).sources.first().forActions().indexes, indexes);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");

        QTest::newRow("bad yaml") << QByteArray("sources:\n  - name: [unclosed\n") << 3 << 1
                                  << QStringLiteral("not valid YAML");
        QTest::newRow("unknown top-level key")
            << QByteArray("interval: 5s\ntreshold: {}\nsources: []\n") << 2 << 1
            << QStringLiteral("unknown key 'treshold'; expected one of: interval, read_only, session, sources, "
                              "panels, thresholds, warm_recipes");
        QTest::newRow("unknown source key")
            << QByteArray("sources:\n  - name: db\n    kind: postgres\n    url: postgresql://h/db\n    pasword: x\n")
            << 5 << 5 << QStringLiteral("unknown key 'pasword'");
        QTest::newRow("wrong type interval") << QByteArray("interval: [5s]\nsources: []\n") << 1 << 11
                                             << QStringLiteral("interval: expected a single value");
        QTest::newRow("bad duration") << QByteArray("interval: fast\nsources: []\n") << 1 << 11
                                      << QStringLiteral("expected a duration such as 500ms, 5s, 2m or 1h, got 'fast'");
        QTest::newRow("wrong type read_only")
            << QByteArray("read_only: maybe\nsources:\n  - {name: a, kind: redis, url: 'redis://h'}\n") << 1 << 12
            << QStringLiteral("read_only: expected true or false, got 'maybe'");
        QTest::newRow("no sources") << QByteArray("interval: 5s\nsources: []\n") << 2 << 10
                                    << QStringLiteral("sources: expected a list of at least one source");
        QTest::newRow("unknown kind") << QByteArray("sources:\n  - name: db\n    kind: mysql\n    url: mysql://h/db\n")
                                      << 3 << 11
                                      << QStringLiteral(
                                             "unknown kind 'mysql'; expected one of: postgres | pgbouncer | redis");
        QTest::newRow("inline password in url")
            << QByteArray("sources:\n  - name: db\n    kind: postgres\n    url: postgresql://monitor:hunter2@h/db\n")
            << 4 << 10
            << QStringLiteral("a password is written into the profile; write a ${ENV_VAR} reference instead");
        QTest::newRow("inline password key")
            << QByteArray("sources:\n  - name: c\n    kind: redis\n    url: redis://h:6379\n    password: hunter2\n")
            << 5 << 15 << QStringLiteral("'password: keychain' for the system keychain");
        QTest::newRow("password query parameter")
            << QByteArray("sources:\n  - {name: db, kind: postgres, url: 'postgresql://h/db?password=hunter2'}\n") << 2
            << 37 << QStringLiteral("a password is written into the profile");
        QTest::newRow("duplicate names") << QByteArray(
            "sources:\n  - {name: a, kind: redis, url: 'redis://h'}\n  - {name: a, kind: redis, url: "
            "'redis://g'}\n") << 3 << 12 << QStringLiteral("source 'a' is named twice");
        QTest::newRow("unknown metric") << QByteArray(
            "sources:\n  - {name: a, kind: redis, url: 'redis://h'}\nthresholds:\n  cache_hitrate: "
            "{warning: 0.9}\n") << 4 << 3
                                        << QStringLiteral("thresholds: unknown metric 'cache_hitrate'; known metrics:");
        QTest::newRow("threshold wrong type")
            << QByteArray("sources:\n  - {name: a, kind: redis, url: 'redis://h'}\nthresholds:\n  cache_hit_rate: "
                          "{warning: high}\n")
            << 4 << 29 << QStringLiteral("threshold 'cache_hit_rate': expected a number, got 'high'");
        QTest::newRow("threshold unit is fixed")
            << QByteArray("sources:\n  - {name: a, kind: redis, url: 'redis://h'}\nthresholds:\n  cache_hit_rate: "
                          "{unit: percent}\n")
            << 4 << 20 << QStringLiteral("unknown key 'unit'");
        QTest::newRow("action_url with a password")
            << QByteArray("sources:\n  - name: db\n    kind: postgres\n    url: postgresql://m@h/db\n"
                          "    action_url: postgresql://owner:hunter2@h/db\n")
            << 5 << 17 << QStringLiteral("source 'db' action_url: a password is written into the profile");
        QTest::newRow("action_password in the clear")
            << QByteArray("sources:\n  - name: db\n    kind: postgres\n    url: postgresql://m@h/db\n"
                          "    action_url: postgresql://owner@h/db\n    action_password: hunter2\n")
            << 6 << 22 << QStringLiteral("action_password: a password is written into the profile");
        QTest::newRow("action_password without action_url")
            << QByteArray("sources:\n  - {name: db, kind: postgres, url: 'postgresql://h/db', action_password: "
                          "keychain}\n")
            << 2 << 75 << QStringLiteral("there is no action_url to use it with");
        QTest::newRow("action_url of another scheme")
            << QByteArray("sources:\n  - {name: db, kind: postgres, url: 'postgresql://h/db', action_url: "
                          "'redis://h'}\n")
            << 2 << 70 << QStringLiteral("action_url: not a libpq URI (a libpq URI starts with postgresql://");
        QTest::newRow("action_url on a source without actions")
            << QByteArray("sources:\n  - {name: p, kind: prometheus, url: 'http://h:9090', action_url: "
                          "'http://h:9091'}\n")
            << 2 << 67 << QStringLiteral("prometheus sources have no actions");
        const QByteArray recipeSources = "sources:\n  - {name: db, kind: postgres, url: 'postgresql://h/db'}\n"
                                         "  - {name: cache, kind: redis, url: 'redis://h'}\n"
                                         "warm_recipes:\n";
        QTest::newRow("recipe unknown key")
            << recipeSources
                + "  - {name: r, source: db, query: 'SELECT 1 AS a', redis: cache, key: 'p:{a}', "
                  "value: '{a}', ttl: 1m, tll: 2m}\n"
            << 5 << 102 << QStringLiteral("warm recipe: unknown key 'tll'; expected one of: name, source, query");
        QTest::newRow("recipe missing ttl") << recipeSources
                + "  - {name: r, source: db, query: 'SELECT 1 AS a', redis: cache, key: 'p:{a}', "
                  "value: '{a}'}\n" << 5 << 5
                                            << QStringLiteral("warm recipe: missing key 'ttl'");
        QTest::newRow("recipe unknown source") << recipeSources
                + "  - {name: r, source: dbb, query: 'SELECT 1', redis: cache, key: 'p:{a}', value: '{a}', "
                  "ttl: 1m}\n" << 5 << 23 << QStringLiteral("warm recipe 'r': no source is named 'dbb'");
        QTest::newRow("recipe query on redis")
            << recipeSources
                + "  - {name: r, source: cache, query: 'GET', redis: cache, key: 'p:{a}', value: '{a}', "
                  "ttl: 1m}\n"
            << 5 << 23 << QStringLiteral("the query runs on a postgres or clickhouse source, 'cache' is redis");
        QTest::newRow("recipe writes to postgres") << recipeSources
                + "  - {name: r, source: db, query: 'SELECT 1', redis: db, key: 'p:{a}', value: '{a}', "
                  "ttl: 1m}\n" << 5 << 53 << QStringLiteral("'db' is not a redis source of this profile");
        QTest::newRow("recipe key without prefix") << recipeSources
                + "  - {name: r, source: db, query: 'SELECT 1', redis: cache, key: '{a}', value: '{a}', "
                  "ttl: 1m}\n" << 5 << 65 << QStringLiteral("key: start with a fixed prefix");
        QTest::newRow("recipe key without placeholder") << recipeSources
                + "  - {name: r, source: db, query: 'SELECT 1', redis: cache, key: 'p:a', value: '{a}', "
                  "ttl: 1m}\n" << 5 << 65 << QStringLiteral("key: name a column, e.g. 'p:a{id}'");
        QTest::newRow("recipe prefix with a pattern character") << recipeSources
                + "  - {name: r, source: db, query: 'SELECT 1', redis: cache, key: 'p*:{a}', value: "
                  "'{a}', ttl: 1m}\n" << 5 << 65 << QStringLiteral("holds a pattern character");
        QTest::newRow("recipe stray brace") << recipeSources
                + "  - {name: r, source: db, query: 'SELECT 1', redis: cache, key: 'p:{a}}', value: "
                  "'{a}', ttl: 1m}\n" << 5 << 65
                                            << QStringLiteral("a brace that is not a {column} placeholder");
        QTest::newRow("recipe ttl below a second") << recipeSources
                + "  - {name: r, source: db, query: 'SELECT 1', redis: cache, key: 'p:{a}', value: "
                  "'{a}', ttl: 500ms}\n" << 5 << 93 << QStringLiteral("ttl: at least 1s");
        QTest::newRow("recipe named twice") << recipeSources
                + "  - {name: r, source: db, query: 'SELECT 1', redis: cache, key: 'p:{a}', value: "
                  "'{a}', ttl: 1m}\n"
                  "  - {name: r, source: db, query: 'SELECT 1', redis: cache, key: 'q:{a}', value: "
                  "'{a}', ttl: 1m}\n" << 6 << 12
                                            << QStringLiteral("warm recipe 'r' is named twice");
        const QByteArray prom("sources:\n  - {name: prom, kind: prometheus, url: 'http://h:9090'}\n"
                              "  - {name: cache, kind: redis, url: 'redis://h'}\npanels:\n");
        QTest::newRow("panel unknown key") << prom + "  - {metric: up, promql: up, unit: count, colour: red}\n"
                                           << 5 << 43 << QStringLiteral("panel: unknown key 'colour'");
        QTest::newRow("panel without promql") << prom + "  - {metric: x_up, unit: count}\n"
                                              << 5 << 5 << QStringLiteral("panel: missing key 'promql'");
        QTest::newRow("panel metric name")
            << prom + "  - {metric: 'lag seconds', promql: up, unit: seconds}\n"
            << 5 << 14 << QStringLiteral("metric 'lag seconds': use letters, digits and '_'");
        QTest::newRow("panel's own metric needs a unit")
            << prom + "  - {metric: kafka_lag_seconds, promql: 'max(lag)'}\n"
            << 5 << 5
            << QStringLiteral("panel 'kafka_lag_seconds': a metric of the panel's own needs a unit (one of: ratio");
        QTest::newRow("panel unit unknown")
            << prom + "  - {metric: kafka_lag, promql: 'max(lag)', unit: percent}\n"
            << 5 << 51 << QStringLiteral("panel 'kafka_lag': unit 'percent'; expected one of: ratio, seconds");
        QTest::newRow("panel unit of a known metric")
            << prom + "  - {metric: cache_hit_rate, promql: 'x', unit: seconds}\n"
            << 5 << 49 << QStringLiteral("cache_hit_rate is measured in 'ratio', not 'seconds'");
        QTest::newRow("panel limits of a known metric")
            << prom + "  - {metric: cdc_lag_seconds, promql: 'x', thresholds: {warning: 1}}\n"
            << 5 << 56
            << QStringLiteral(
                   "cdc_lag_seconds is a known metric with limits of its own; change them under thresholds:");
        QTest::newRow("panel limits without direction")
            << prom + "  - {metric: kafka_lag, promql: x, unit: count, thresholds: {warning: 1}}\n"
            << 5 << 61 << QStringLiteral("a rule with limits needs a direction");
        QTest::newRow("panel of a redis source")
            << prom + "  - {source: cache, metric: up, promql: up}\n"
            << 5 << 14 << QStringLiteral("source 'cache' is a redis source; panels are asked of prometheus sources");
        QTest::newRow("panel of no such source")
            << prom + "  - {source: prometheus, metric: up, promql: up}\n"
            << 5 << 14 << QStringLiteral("source 'prometheus' is not a source of this profile");
        QTest::newRow("panel without a prometheus source")
            << QByteArray("sources:\n  - {name: c, kind: redis, url: 'redis://h'}\npanels:\n"
                          "  - {metric: target_up, promql: up}\n")
            << 4 << 5 << QStringLiteral("the profile has no prometheus source to ask");
        QTest::newRow("panels not a list") << prom + "  metric: up\n"
                                           << 5 << 3 << QStringLiteral("panels: expected a list of panels");
        const QByteArray indexSource = "sources:\n  - name: db\n    kind: postgres\n    url: 'postgresql://h/db'\n"
                                       "    indexes:\n";
        QTest::newRow("index unknown key") << indexSource + "      - {table: t, columns: [a], uniq: true}\n"
                                           << 6 << 34 << QStringLiteral("source 'db' indexes: unknown key 'uniq'");
        QTest::newRow("index without columns") << indexSource + "      - {table: t}\n"
                                               << 6 << 9 << QStringLiteral("indexes: missing key 'columns'");
        QTest::newRow("index columns not a list")
            << indexSource + "      - {table: t, columns: a}\n"
            << 6 << 29 << QStringLiteral("columns: expected a list of at least one column");
        QTest::newRow("index column twice") << indexSource + "      - {table: t, columns: [a, a]}\n"
                                            << 6 << 33 << QStringLiteral("columns: 'a' is named twice");
        QTest::newRow("index listed twice")
            << indexSource + "      - {table: t, columns: [a]}\n      - {table: t, columns: [a]}\n"
            << 7 << 9 << QStringLiteral("t (a) is listed twice");
        QTest::newRow("indexes not a list") << indexSource + "      table: t\n"
                                            << 6 << 7 << QStringLiteral("indexes: expected a list");
        QTest::newRow("indexes on redis")
            << QByteArray("sources:\n  - {name: r, kind: redis, url: 'redis://h', indexes: []}\n") << 2 << 55
            << QStringLiteral("only postgres sources have indexes to ensure; this one is redis");
        QTest::newRow("sqlite with a host")
            << QByteArray("sources:\n  - {name: a, kind: sqlite, url: 'sqlite://db.example/app.db'}\n") << 2 << 34
            << QStringLiteral("names a host; expected sqlite:///absolute/path/app.db");
        QTest::newRow("sqlite relative path")
            << QByteArray("sources:\n  - {name: a, kind: sqlite, url: 'sqlite:app.db'}\n") << 2 << 34
            << QStringLiteral("expected sqlite:///absolute/path/app.db");
        QTest::newRow("sqlite with options")
            << QByteArray("sources:\n  - {name: a, kind: sqlite, url: 'sqlite:///a.db?mode=rwc'}\n") << 2 << 34
            << QStringLiteral("a sqlite URL takes no options");
        QTest::newRow("sqlite with an action_url")
            << QByteArray(
                   "sources:\n  - {name: a, kind: sqlite, url: 'sqlite:///a.db', action_url: 'sqlite:///b.db'}\n")
            << 2 << 64 << QStringLiteral("action_url: a sqlite source is a file");
        QTest::newRow("url without host") << QByteArray("sources:\n  - {name: a, kind: redis, url: 'not a url'}\n") << 2
                                          << 33 << QStringLiteral("is not a URL with a scheme and a host");
        QTest::newRow("session size without unit")
            << QByteArray("session: {max_size: 500}\nsources:\n  - {name: a, kind: redis, url: 'redis://h'}\n") << 1
            << 21 << QStringLiteral("session: max_size: expected a size such as 200MB or 2GB, got '500'");
        QTest::newRow("session size past any disk")
            << QByteArray("session: {max_size: 99999999999999999999GB}\nsources:\n  - {name: a, kind: redis, url: "
                          "'redis://h'}\n")
            << 1 << 21 << QStringLiteral("session: max_size: at most 1024GB");
        QTest::newRow("session retention too short")
            << QByteArray("session: {retention: 5m}\nsources:\n  - {name: a, kind: redis, url: 'redis://h'}\n") << 1
            << 22 << QStringLiteral("session: retention: at least 1h");
        QTest::newRow("redis over tls") << QByteArray(
            "sources:\n  - {name: a, kind: redis, url: 'rediss://pitwall@h:6380/0', password: keychain}\n")
                                        << 2 << 33 << QStringLiteral("rediss:// (Redis over TLS) is not supported");
        QTest::newRow("scheme of another kind")
            << QByteArray("sources:\n  - {name: a, kind: redis, url: 'http://h:6379'}\n") << 2 << 33
            << QStringLiteral("a redis source's url starts with redis://, not http://");
        QTest::newRow("clickhouse over an unknown scheme")
            << QByteArray("sources:\n  - {name: a, kind: clickhouse, url: 'ftp://h:8123'}\n") << 2 << 38
            << QStringLiteral("starts with http:// or https://, not ftp://");
        QTest::newRow("libpq: another scheme")
            << QByteArray("sources:\n  - {name: db, kind: postgres, url: 'mysql://h/db'}\n") << 2 << 37
            << QStringLiteral("not a libpq URI (a libpq URI starts with postgresql:// or postgres://)");
        QTest::newRow("libpq: port out of range")
            << QByteArray("sources:\n  - {name: db, kind: postgres, url: 'postgresql://h1:5432,h2:99999/db'}\n") << 2
            << 37 << QStringLiteral("a port in the URI is not a number from 1 to 65535");
        QTest::newRow("libpq: empty host in a list")
            << QByteArray("sources:\n  - {name: db, kind: pgbouncer, url: 'postgresql://h1,,h2/pgbouncer'}\n") << 2
            << 38 << QStringLiteral("a host in the URI's list of hosts is empty");
        QTest::newRow("libpq: password without a host")
            << QByteArray("sources:\n  - {name: db, kind: postgres, url: 'postgresql://u:hunter2@/db'}\n") << 2 << 37
            << QStringLiteral("a password is written into the profile");
        QTest::newRow("libpq: password of a service URI")
            << QByteArray("sources:\n  - {name: db, kind: postgres, url: 'postgresql://?service=s&password=hunter2'}\n")
            << 2 << 37 << QStringLiteral("a password is written into the profile");
    }

    void acceptsWhatLibpqAccepts_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("database");
        QTest::newRow("no host: the default socket")
            << QStringLiteral("postgres") << QStringLiteral("postgresql:///orders")
            << QStringLiteral("local socket, default port") << QStringLiteral("orders");
        QTest::newRow("socket directory as host")
            << QStringLiteral("postgres") << QStringLiteral("postgresql:///acc?host=/run/pg&port=5433&user=u")
            << QStringLiteral("/run/pg:5433") << QStringLiteral("acc");
        QTest::newRow("socket directory percent-encoded")
            << QStringLiteral("postgres") << QStringLiteral("postgresql://u@%2Frun%2Fpg/acc")
            << QStringLiteral("/run/pg:default port") << QStringLiteral("acc");
        QTest::newRow("service") << QStringLiteral("postgres") << QStringLiteral("postgresql://?service=orders")
                                 << QStringLiteral("service orders") << QString();
        QTest::newRow("several hosts") << QStringLiteral(
            "postgres") << QStringLiteral("postgresql://m@db1:5432,db2:5433/orders?target_session_attrs=read-write")
                                       << QStringLiteral("db1:5432,db2:5433") << QStringLiteral("orders");
        QTest::newRow("several hosts, one port")
            << QStringLiteral("postgres") << QStringLiteral("postgresql:///orders?host=db1,db2&port=6543")
            << QStringLiteral("db1:6543,db2:6543") << QStringLiteral("orders");
        QTest::newRow("IPv6 and sslmode")
            << QStringLiteral("postgres")
            << QStringLiteral("postgres://m@[::1]:5432/orders?sslmode=verify-full&sslrootcert=/etc/ca.pem")
            << QStringLiteral("[::1]:5432") << QStringLiteral("orders");
        QTest::newRow("dbname parameter")
            << QStringLiteral("postgres") << QStringLiteral("postgresql://h?dbname=orders")
            << QStringLiteral("h:default port") << QStringLiteral("orders");
        QTest::newRow("pgbouncer on its socket")
            << QStringLiteral("pgbouncer") << QStringLiteral("postgresql:///pgbouncer?host=/run/pgbouncer&port=6432")
            << QStringLiteral("/run/pgbouncer:6432") << QStringLiteral("pgbouncer");
        QTest::newRow("pgbouncer, several hosts")
            << QStringLiteral("pgbouncer") << QStringLiteral("postgresql://s@b1:6432,b2:6432/pgbouncer")
            << QStringLiteral("b1:6432,b2:6432") << QStringLiteral("pgbouncer");
    }

    void acceptsWhatLibpqAccepts()
    {
        QFETCH(QString, kind);
        QFETCH(QString, url);
        QFETCH(QString, address);
        QFETCH(QString, database);
        const QByteArray yaml
            = QStringLiteral("sources:\n  - {name: db, kind: %1, url: '%2'}\n").arg(kind, url).toUtf8();
        const auto result = parse(yaml.constData());
        if (const auto *error = std::get_if<ProfileError>(&result))
            QFAIL(qPrintable(error->toString()));
        const SourceConfig source = std::get<Profile>(result).sources.first();
        // libpq gets the URI as written.
        QCOMPARE(source.uri, url);
        QCOMPARE(source.libpqUri(), url);
        QCOMPARE(source.address(), address);
        QCOMPARE(source.url.scheme(), url.section(QLatin1String("://"), 0, 0));
        QCOMPARE(LibpqUri::parse(url)->databaseName(), database);
    }

    void aPasswordReferenceLeavesTheLibpqUri()
    {
        const auto result = parse("sources:\n  - {name: db, kind: postgres, "
                                  "url: 'postgresql://m:${ORDERS_PW}@/orders?host=/run/pg'}\n");
        QVERIFY(std::holds_alternative<Profile>(result));
        const SourceConfig source = std::get<Profile>(result).sources.first();
        QCOMPARE(source.passwordEnv, QStringLiteral("ORDERS_PW"));
        QCOMPARE(source.uri, QStringLiteral("postgresql://m@/orders?host=/run/pg"));
        QCOMPARE(source.address(), QStringLiteral("/run/pg:default port"));
    }

    void refuses()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, expected);
        const auto error = errorOf(yaml.constData());
        QVERIFY2(error.message.contains(expected), qPrintable(error.toString()));
        QCOMPARE(error.file, file);
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QVERIFY(error.toString().startsWith(QStringLiteral("test.yaml:%1:%2: ").arg(line).arg(column)));
        QVERIFY2(!error.toString().contains(QLatin1String("hunter2")), "the secret must not be echoed");
    }

    void missingFileIsAnError()
    {
        auto result = ProfileLoader::load(QStringLiteral("/nonexistent/profile.yaml"));
        QVERIFY(std::holds_alternative<ProfileError>(result));
        QVERIFY(std::get<ProfileError>(result).message.contains(QLatin1String("cannot read the file")));
    }
};

QTEST_GUILESS_MAIN(TestProfileLoader)
#include "tst_profileloader.moc"
