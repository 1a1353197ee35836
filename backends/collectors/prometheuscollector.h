#pragma once

#include "collector.h"

#include <QJsonValue>

#include <memory>

namespace Pitwall {

class HttpClient;

/// Asks a Prometheus server (HTTP API) for the panels' PromQL — the shipped
/// defaults and the profile's own — and for its firing alerts; fills the
/// panels' history with query_range (backfill). A fleet is read through
/// Prometheus, not by polling every host.
class PrometheusCollector : public Collector
{
    Q_OBJECT

public:
    /// Prometheus refuses a query_range of more than 11,000 points per series.
    static constexpr int maxPointsPerSeries = 11'000;

    PrometheusCollector(SourceConfig source, const Profile &profile, QObject *parent = nullptr);
    ~PrometheusCollector() override;

    /// The query_range step for a backfill of @p rangeMs: at most one point per
    /// column, fewer than Prometheus' 11,000 points per series (the start
    /// aligned to a whole step included), and nothing finer than the poll
    /// interval. Whole milliseconds.
    static qint64 backfillStepMs(qint64 rangeMs, int columns, qint64 intervalMs);

protected:
    void open() override;
    PollResult poll() override;
    void close() override;
    QList<Sample> history(const TimeRange &range) override;

private:
    /// GET /api/v1/<path>; the "data" member of a successful answer. An answer
    /// Prometheus gives as an error (bad PromQL, a query too heavy) lands in
    /// @p queryError when given; everything else throws CollectorError.
    QJsonValue api(const QString &path, const QList<QPair<QString, QString>> &parameters,
                   QString *queryError = nullptr);
    void readAlerts(PollResult &result);
    Sample sample(const PanelConfig &panel, const QJsonObject &metric, qint64 timeMs, double value) const;

    std::unique_ptr<HttpClient> m_http;
    QList<PanelConfig> m_panels;
};

} // namespace Pitwall
