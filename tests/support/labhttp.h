#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace Pitwall::Test {

class LabEnvironment;

/// A test's own HTTP to the lab's servers (Qt Network directly, never
/// Pitwall's HttpClient), so that what a test compares Pitwall with does not
/// go through Pitwall's code. Blocking; for tests only.
namespace LabHttp {

struct Answer
{
    int status = 0; ///< 0: no answer
    QByteArray body;
};

Answer get(const QUrl &url, int timeoutMs = 15'000);
Answer post(const QUrl &url, const QByteArray &body, int timeoutMs = 15'000);

/// The lab's ClickHouse: the TabSeparated answer of @p sql, trimmed; empty, a
/// test warning and @p ok false when it fails. @p parameters go into the URL.
QString clickhouse(const LabEnvironment &lab, const QString &sql, const QList<QPair<QString, QString>> &parameters = {},
                   bool *ok = nullptr);

/// The lab's Prometheus, /api/v1/query of @p promql at @p timeSeconds (now if
/// empty): data.result, or an empty array when the query fails.
QJsonArray prometheus(const LabEnvironment &lab, const QString &promql, std::optional<double> timeSeconds = {});

/// A /metrics page, its samples as "name{labels}" (as written) → value.
QList<QPair<QString, double>> scrape(const QUrl &url);

} // namespace LabHttp
} // namespace Pitwall::Test
