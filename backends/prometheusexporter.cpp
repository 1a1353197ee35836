#include "prometheusexporter.h"

#include "logging.h"
#include "metricstore.h"
#include "session.h"
#include "sourcestatusmodel.h"
#include "thresholdengine.h"

#include <QDateTime>
#include <QRegularExpression>

#include <prometheus/exposer.h>
#include <prometheus/family.h>
#include <prometheus/gauge.h>
#include <prometheus/registry.h>
#include <prometheus/text_serializer.h>

#include <algorithm>
#include <stdexcept>

namespace Pitwall {

namespace {
/// A Pitwall label name as a Prometheus label name: [a-zA-Z_][a-zA-Z0-9_]*,
/// not reserved (__…), and not one of the exporter's own labels.
std::string labelName(const QString &name)
{
    QString result = name;
    static const QRegularExpression invalid(QStringLiteral("[^a-zA-Z0-9_]"));
    result.replace(invalid, QStringLiteral("_"));
    if (result.isEmpty() || result.at(0).isDigit())
        result.prepend(QLatin1Char('_'));
    if (result.startsWith(QLatin1String("__")) || result == QLatin1String("source")
        || result == QLatin1String("metric"))
        result.prepend(QLatin1String("exported_"));
    return result.toStdString();
}

prometheus::Labels labelsOf(const SeriesKey &key)
{
    prometheus::Labels labels{{"source", key.source.toStdString()}, {"metric", key.metric.toStdString()}};
    for (auto it = key.labels.cbegin(); it != key.labels.cend(); ++it)
        labels.emplace(labelName(it.key()), it.value().toStdString());
    return labels;
}
} // namespace

QString PrometheusExporter::Address::bindSpec() const
{
    const QString text = host.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + host.toString() + QLatin1Char(']')
        : host.toString();
    return text + QLatin1Char(':') + QString::number(port);
}

PrometheusExporter::PrometheusExporter(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_registry(std::make_shared<prometheus::Registry>())
    , m_metrics(prometheus::BuildGauge()
                    .Name("pitwall_metric")
                    .Help("The latest value of a series Pitwall computes, in the metric's canonical unit "
                          "(ratios 0-1, durations as the name says)")
                    .Register(*m_registry))
    , m_levels(prometheus::BuildGauge()
                   .Name("pitwall_threshold_level")
                   .Help("The series' level against its thresholds: 0 ok, 1 warning, 2 critical, 3 emergency")
                   .Register(*m_registry))
    , m_sourcesUp(prometheus::BuildGauge()
                      .Name("pitwall_source_up")
                      .Help("1 while Pitwall reads the source, 0 when its last poll failed or it is not read yet")
                      .Register(*m_registry))
{
    // Series that stop reporting leave the exposition even when no poll arrives.
    m_staleness.setInterval(session->profile().interval);
    connect(&m_staleness, &QTimer::timeout, this, &PrometheusExporter::update);
    m_staleness.start();
}

PrometheusExporter::~PrometheusExporter() = default;

std::optional<PrometheusExporter::Address> PrometheusExporter::parseAddress(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(?:\\[([0-9A-Fa-f:.]+)\\]|([0-9.]+)):([0-9]{1,5})$"));
    const auto match = form.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    Address address;
    const bool v6 = !match.captured(1).isEmpty();
    if (!address.host.setAddress(v6 ? match.captured(1) : match.captured(2)))
        return std::nullopt;
    if ((address.host.protocol() == QAbstractSocket::IPv6Protocol) != v6)
        return std::nullopt;
    address.port = match.captured(3).toInt();
    if (address.port > 65535)
        return std::nullopt;
    return address;
}

bool PrometheusExporter::listen(const Address &address, QString *error)
{
    try {
        // Two threads answer scrapes; they only read gauges.
        m_exposer = std::make_unique<prometheus::Exposer>(address.bindSpec().toStdString(), 2);
    } catch (const std::exception &e) {
        *error = QStringLiteral("cannot listen on %1: %2 — is another program using the port?")
                     .arg(address.bindSpec(), QString::fromLocal8Bit(e.what()));
        return false;
    }
    m_exposer->RegisterCollectable(m_registry);
    qCInfo(lcCollector).noquote() << "serving /metrics on port" << port() << "of" << address.host.toString();
    return true;
}

int PrometheusExporter::port() const
{
    if (!m_exposer)
        return 0;
    const auto ports = m_exposer->GetListeningPorts();
    return ports.empty() ? 0 : ports.front();
}

PrometheusExporter::Exported *PrometheusExporter::exported(const SeriesKey &key, bool judged)
{
    auto it = m_series.find(key);
    if (it != m_series.end())
        return &*it;
    const prometheus::Labels labels = labelsOf(key);
    // Two label names that differ only in what Prometheus does not allow (a.b, a_b) would
    // share one gauge: the first keeps it.
    if (m_metrics.Has(labels))
        return nullptr;
    Exported added;
    added.value = &m_metrics.Add(labels);
    if (judged)
        added.level = &m_levels.Add(labels);
    return &*m_series.insert(key, added);
}

void PrometheusExporter::remove(const SeriesKey &key)
{
    const Exported gone = m_series.take(key);
    m_metrics.Remove(gone.value);
    if (gone.level)
        m_levels.Remove(gone.level);
}

void PrometheusExporter::update()
{
    const Profile &profile = m_session->profile();
    const qint64 fresh = QDateTime::currentMSecsSinceEpoch() - 3 * profile.interval.count();
    const MetricStore &store = *m_session->store();
    const ThresholdEngine &engine = *m_session->engine();

    QList<SeriesKey> stale;
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        const auto latest = store.latest(it.key());
        if (!latest || latest->timeMs < fresh)
            stale.append(it.key());
    }
    for (const auto &key : std::as_const(stale))
        remove(key);

    for (const auto &key : store.keys()) {
        const auto latest = store.latest(key);
        if (!latest || latest->timeMs < fresh)
            continue;
        const auto rule = engine.rule(key.metric);
        const bool judged = rule && rule->direction;
        Exported *series = exported(key, judged);
        if (!series)
            continue;
        series->value->Set(latest->value);
        if (series->level)
            series->level->Set(double(std::min(engine.level(key), Level::Emergency)));
    }

    for (const auto &source : profile.sources) {
        prometheus::Gauge *&up = m_sourceGauges[source.name];
        if (!up)
            up = &m_sourcesUp.Add(
                {{"source", source.name.toStdString()}, {"kind", sourceKindName(source.kind).toStdString()}});
        up->Set(m_session->sources()->status(source.name).state == SourceStatus::State::Ok ? 1 : 0);
    }
}

QByteArray PrometheusExporter::exposition() const
{
    const std::string text = prometheus::TextSerializer().Serialize(m_registry->Collect());
    return QByteArray::fromStdString(text);
}

} // namespace Pitwall
