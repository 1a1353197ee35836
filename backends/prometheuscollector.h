#pragma once

#include "collector.h"
#include "prometheuspanel.h"

#include <QJsonObject>

#include <memory>

namespace Pitwall {

class HttpClient;

/// Asks a Prometheus server (HTTP API) for the panels' PromQL and for its
/// firing alerts. A fleet is read through Prometheus, not by polling every host.
class PrometheusCollector : public Collector
{
    Q_OBJECT

public:
    PrometheusCollector(SourceConfig source, const Profile &profile, QObject *parent = nullptr);
    ~PrometheusCollector() override;

protected:
    void open() override;
    PollResult poll() override;
    void close() override;

private:
    /// GET /api/v1/<path>; the "data" member of a successful answer.
    QJsonValue api(const QString &path, const QList<QPair<QString, QString>> &parameters);
    void readAlerts(PollResult &result);

    std::unique_ptr<HttpClient> m_http;
    QList<PrometheusPanel> m_panels;
};

} // namespace Pitwall
