#include "logging.h"

Q_LOGGING_CATEGORY(lcCollector, "pitwall.collector", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPostgres, "pitwall.postgres", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPgBouncer, "pitwall.pgbouncer", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRedis, "pitwall.redis", QtInfoMsg)
Q_LOGGING_CATEGORY(lcClickHouse, "pitwall.clickhouse", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPrometheus, "pitwall.prometheus", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMetrics, "pitwall.metrics", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSqlite, "pitwall.sqlite", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAction, "pitwall.action", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAdvisor, "pitwall.advisor", QtInfoMsg)
