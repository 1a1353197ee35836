#pragma once

#include <QLoggingCategory>

// One category per backend module: QT_LOGGING_RULES="pitwall.redis.debug=true" shows one backend's traffic.
Q_DECLARE_LOGGING_CATEGORY(lcCollector)
Q_DECLARE_LOGGING_CATEGORY(lcPostgres)
Q_DECLARE_LOGGING_CATEGORY(lcPgBouncer)
Q_DECLARE_LOGGING_CATEGORY(lcRedis)
Q_DECLARE_LOGGING_CATEGORY(lcClickHouse)
Q_DECLARE_LOGGING_CATEGORY(lcPrometheus)
Q_DECLARE_LOGGING_CATEGORY(lcMetrics)
Q_DECLARE_LOGGING_CATEGORY(lcSqlite)
Q_DECLARE_LOGGING_CATEGORY(lcAction)
Q_DECLARE_LOGGING_CATEGORY(lcAdvisor)
