#include "profileloader.h"

#include <QtTest>

using namespace Pitwall;
using namespace std::chrono_literals;

namespace {
const QString file = QStringLiteral("test.yaml");

std::variant<Profile, ProfileError> parse(const char *yaml)
{
    return ProfileLoader::parse(QByteArray(yaml), file, ProfileLoader::defaultThresholds());
}

QByteArray describe(const std::variant<Profile, ProfileError> &result)
{
    if (const auto *error = std::get_if<ProfileError>(&result))
        return error->toString().toUtf8();
    return "accepted";
}

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
    void shippedThresholdsCoverTheDocumentedMetrics()
    {
        const auto defaults = ProfileLoader::defaultThresholds();
        const QStringList documented{QStringLiteral("pool_utilisation"),   QStringLiteral("pool_waiting_clients"),
                                     QStringLiteral("connections_active"), QStringLiteral("connection_utilisation"),
                                     QStringLiteral("cache_hit_rate"),     QStringLiteral("cdc_lag_seconds"),
                                     QStringLiteral("cdc_lag_bytes"),      QStringLiteral("replication_lag_seconds"),
                                     QStringLiteral("slow_query_ms"),      QStringLiteral("slow_query_rate"),
                                     QStringLiteral("latency_p99_ms"),     QStringLiteral("memory_utilisation"),
                                     QStringLiteral("evicted_keys_rate"),  QStringLiteral("error_rate"),
                                     QStringLiteral("active_parts")};
        for (const auto &metric : documented)
            QVERIFY2(defaults.contains(metric), qPrintable(metric));

        const auto hitRate = defaults.value(QStringLiteral("cache_hit_rate"));
        QCOMPARE(hitRate.unit, QStringLiteral("ratio"));
        QCOMPARE(hitRate.direction, ThresholdRule::Direction::Below);
        QCOMPARE(hitRate.warning, 0.90);
        QCOMPARE(hitRate.critical, 0.80);
        QCOMPARE(hitRate.emergency, 0.70);
        QCOMPARE(hitRate.holdFor, 5min);
        const auto cdc = defaults.value(QStringLiteral("cdc_lag_seconds"));
        QCOMPARE(cdc.warning, 5.0);
        QCOMPARE(cdc.critical, 30.0);
        QCOMPARE(cdc.holdFor, 2min);
    }

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
                            "thresholds:\n"
                            "  cache_hit_rate: {direction: below, warning: 0.95, critical: 0.85, for: 5m}\n");
        QVERIFY2(std::holds_alternative<Profile>(result), describe(result).constData());
        const auto profile = std::get<Profile>(result);
        QCOMPARE(profile.interval, 5s);
        QCOMPARE(profile.readOnly, false);
        QCOMPARE(profile.sources.size(), 5);
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
            << QStringLiteral("unknown key 'treshold'; expected one of: interval, read_only, sources, panels, "
                              "thresholds, warm_recipes");
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
            << 2 << 70 << QStringLiteral("expected a postgresql:// URL like the source's url");
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
        QTest::newRow("url without host") << QByteArray("sources:\n  - {name: a, kind: redis, url: 'not a url'}\n") << 2
                                          << 33 << QStringLiteral("is not a URL with a scheme and a host");
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

    void panelsReportUnderKnownMetricsOrDeclareTheirOwn()
    {
        auto result = parse("sources:\n"
                            "  - {name: prom, kind: prometheus, url: 'http://127.0.0.1:9090'}\n"
                            "  - {name: fleet, kind: prometheus, url: 'http://127.0.0.1:9091'}\n"
                            "panels:\n"
                            "  - source: prom\n"
                            "    metric: kafka_lag_seconds\n"
                            "    promql: max by (group) (kafka_consumergroup_group_max_lag_seconds)\n"
                            "    unit: seconds\n"
                            "    thresholds: {direction: above, warning: 5, critical: 30, for: 2m}\n"
                            "  - {metric: pool_utilisation, promql: 'sum(busy) / sum(size)', unit: ratio}\n"
                            "  - {metric: kafka_lag_seconds, promql: 'max(other_lag)'}\n"
                            "thresholds:\n"
                            "  kafka_lag_seconds: {critical: 60}\n");
        QVERIFY2(std::holds_alternative<Profile>(result), describe(result).constData());
        const auto profile = std::get<Profile>(result);
        QCOMPARE(profile.panels.size(), 3);

        const PanelConfig &kafka = profile.panels[0];
        QCOMPARE(kafka.source, QStringLiteral("prom"));
        QCOMPARE(kafka.promql, QStringLiteral("max by (group) (kafka_consumergroup_group_max_lag_seconds)"));
        QVERIFY(kafka.declared);
        QCOMPARE(kafka.declared->unit, QStringLiteral("seconds"));
        QCOMPARE(kafka.declared->critical, 30.0);
        // The panel's metric is known to the profile, with the override applied on top.
        const auto lag = profile.thresholds.value(QStringLiteral("kafka_lag_seconds"));
        QCOMPARE(lag.unit, QStringLiteral("seconds"));
        QCOMPARE(lag.direction, ThresholdRule::Direction::Above);
        QCOMPARE(lag.warning, 5.0);
        QCOMPARE(lag.critical, 60.0);
        QCOMPARE(lag.holdFor, 2min);

        // A known metric's panel reports under it, with its rule; the second kafka panel reuses the first's.
        QVERIFY(!profile.panels[1].declared);
        QVERIFY(profile.panels[1].source.isEmpty());
        QVERIFY(!profile.panels[2].declared);
        QCOMPARE(profile.thresholds.value(QStringLiteral("pool_utilisation")),
                 ProfileLoader::defaultThresholds().value(QStringLiteral("pool_utilisation")));

        // The defaults first, then the profile's own: for its source only, or for every source.
        const auto defaults = ProfileLoader::defaultPanels();
        const auto prom = profile.panelsFor(QStringLiteral("prom"), defaults);
        const auto fleet = profile.panelsFor(QStringLiteral("fleet"), defaults);
        QCOMPARE(prom.size(), defaults.size() + 3);
        QCOMPARE(fleet.size(), defaults.size() + 2);
        QCOMPARE(prom[defaults.size()].metric, QStringLiteral("kafka_lag_seconds"));
        QCOMPARE(fleet[defaults.size()].metric, QStringLiteral("pool_utilisation"));
    }

    void shippedPanelsAreTheSeedsPromQLUnderCanonicalNames()
    {
        const auto panels = ProfileLoader::defaultPanels();
        const auto thresholds = ProfileLoader::defaultThresholds();
        QHash<QString, QString> promql;
        for (const auto &panel : panels) {
            QVERIFY2(thresholds.contains(panel.metric), qPrintable(panel.metric));
            QVERIFY(!panel.declared);
            QVERIFY(panel.source.isEmpty());
            promql.insert(panel.metric, panel.promql);
        }
        // Seed 000's monitoring queries, seed 004's CDC lag.
        QCOMPARE(promql.value(QStringLiteral("pool_utilisation")),
                 QStringLiteral("(postgres_pool_size - postgres_pool_available) / postgres_pool_size"));
        QVERIFY(promql.value(QStringLiteral("cache_hit_rate")).contains(QLatin1String("rate(cache_hits_total[1m]")));
        QVERIFY(promql.value(QStringLiteral("cache_hit_rate")).contains(QLatin1String("rate(cache_misses_total[1m]")));
        QVERIFY(promql.value(QStringLiteral("latency_p95_ms")).contains(QLatin1String("histogram_quantile(0.95,")));
        QVERIFY(promql.value(QStringLiteral("latency_p99_ms")).contains(QLatin1String("histogram_quantile(0.99,")));
        QVERIFY(promql.value(QStringLiteral("pool_checkout_failures_rate"))
                    .contains(QLatin1String("rate(pool_checkout_failures_total[1m]")));
        QVERIFY(promql.value(QStringLiteral("cdc_lag_seconds")).contains(QLatin1String("kafka_consumergroup")));
        QCOMPARE(thresholds.value(QStringLiteral("latency_p99_ms")).warning, 500.0);
    }

    void shippedExamplesLoad()
    {
        const QDir examples(QStringLiteral(PITWALL_EXAMPLES_DIR));
        const QStringList files = examples.entryList({QStringLiteral("*.yaml")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            const auto result = ProfileLoader::load(examples.filePath(file));
            QVERIFY2(std::holds_alternative<Profile>(result),
                     qPrintable(std::holds_alternative<ProfileError>(result) ? std::get<ProfileError>(result).message
                                                                             : file));
        }
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
