#pragma once

#include "sample.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace prometheus {
class Exposer;
class Gauge;
class Registry;
template<typename T> class Family;
} // namespace prometheus

namespace Pitwall {

class Session;

/// `pitwall serve`: what Pitwall computes, for Prometheus to scrape (pull,
/// through prometheus-cpp), so that normalised hit rates, pool utilisations
/// and lags can be alerted on fleet-wide:
///
/// - one gauge per metric, named as Prometheus names things, with its base unit
///   as suffix: `pitwall_cache_hit_ratio`, `pitwall_pool_utilisation_ratio`,
///   `pitwall_cdc_lag_seconds`, `pitwall_latency_p99_seconds` (from ms),
///   `pitwall_cdc_lag_bytes`, `pitwall_evicted_keys_per_second`,
///   `pitwall_connections_active`; labels `source` and the series' own; the
///   latest value of every series that is fresh (seen within three poll intervals);
/// - `pitwall_threshold_level{source,metric,<labels>}`: 0 ok, 1 warning,
///   2 critical, 3 emergency, for every such series whose metric has limits;
/// - `pitwall_source_up{source,kind}`: 1 while the source is read, else 0.
///
/// A series label named like the exporter's own (source, metric) is exported as
/// exported_source / exported_metric. The gauges are set on the thread that
/// owns the session, after each poll; the exposer's threads only read them.
class PrometheusExporter : public QObject
{
    Q_OBJECT

public:
    struct Address
    {
        QHostAddress host;
        int port = 0;
        /// As civetweb binds it: "127.0.0.1:9464", "[::1]:9464".
        QString bindSpec() const;
    };

    explicit PrometheusExporter(Session *session, QObject *parent = nullptr);
    ~PrometheusExporter() override;

    /// "HOST:PORT" with HOST an IP address ("127.0.0.1:9464", "[::1]:9464");
    /// empty for anything else (a bare port would listen on every interface).
    static std::optional<Address> parseAddress(const QString &text);

    /// Serves /metrics on exactly @p address. False, with a message in
    /// @p error, when it cannot be bound.
    bool listen(const Address &address, QString *error);
    /// The port served (the one chosen, for port 0); 0 before listen().
    int port() const;

    /// A metric's name in the exposition and the factor from its canonical unit to Prometheus' base unit.
    struct Naming
    {
        QString name;
        double scale = 1.0;
    };
    static Naming naming(const QString &metric, const QString &unit);

    /// Sets every gauge from the session's store, engine and sources.
    void update();
    /// What a scrape returns now (text format 0.0.4).
    QByteArray exposition() const;

private:
    struct Exported
    {
        prometheus::Family<prometheus::Gauge> *family = nullptr;
        prometheus::Gauge *value = nullptr;
        prometheus::Gauge *level = nullptr;
        double scale = 1.0;
    };
    struct Family
    {
        prometheus::Family<prometheus::Gauge> *gauges = nullptr;
        /// The metric the name was made for.
        QString metric;
    };
    /// The gauges of @p key, made on first use; null when its name or labels collide with another series'.
    Exported *exported(const SeriesKey &key, const QString &unit, bool judged);
    void remove(const SeriesKey &key);

    Session *m_session;
    std::shared_ptr<prometheus::Registry> m_registry;
    QHash<QString, Family> m_families;
    prometheus::Family<prometheus::Gauge> &m_levels;
    prometheus::Family<prometheus::Gauge> &m_sourcesUp;
    QHash<SeriesKey, Exported> m_series;
    QHash<QString, prometheus::Gauge *> m_sourceGauges;
    std::unique_ptr<prometheus::Exposer> m_exposer;
    QTimer m_staleness;
};

} // namespace Pitwall
