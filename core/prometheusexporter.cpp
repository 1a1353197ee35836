#include "prometheusexporter.h"

#include "corelogging.h"
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
#include <cstring>
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

prometheus::Labels labelsOf(const SeriesKey &key, bool withMetric)
{
    prometheus::Labels labels{{"source", key.source.toStdString()}};
    if (withMetric)
        labels.emplace("metric", key.metric.toStdString());
    for (auto it = key.labels.cbegin(); it != key.labels.cend(); ++it)
        labels.emplace(labelName(it.key()), it.value().toStdString());
    return labels;
}

bool chopSuffix(QString &name, const char *suffix)
{
    if (!name.endsWith(QLatin1String(suffix)))
        return false;
    name.chop(qsizetype(std::strlen(suffix)));
    return true;
}
} // namespace

PrometheusExporter::Naming PrometheusExporter::naming(const QString &metric, const QString &unit)
{
    static const QRegularExpression invalid(QStringLiteral("[^a-zA-Z0-9_]"));
    QString base = metric;
    base.replace(invalid, QStringLiteral("_"));
    Naming naming;
    if (unit == QLatin1String("ratio")) {
        // cache_hit_rate is a ratio of hits to lookups, not a rate over time.
        if (!chopSuffix(base, "_ratio"))
            chopSuffix(base, "_rate");
        naming.name = base + QLatin1String("_ratio");
    } else if (unit == QLatin1String("seconds") || unit == QLatin1String("ms")) {
        if (unit == QLatin1String("ms"))
            naming.scale = 0.001;
        if (!chopSuffix(base, "_seconds"))
            chopSuffix(base, "_ms");
        naming.name = base + QLatin1String("_seconds");
    } else if (unit == QLatin1String("bytes")) {
        chopSuffix(base, "_bytes");
        naming.name = base + QLatin1String("_bytes");
    } else if (unit == QLatin1String("per_s") || unit == QLatin1String("per_min")) {
        if (unit == QLatin1String("per_min"))
            naming.scale = 1.0 / 60.0;
        if (!chopSuffix(base, "_rate") && !chopSuffix(base, "_per_sec"))
            chopSuffix(base, "_per_second");
        naming.name = base + QLatin1String("_per_second");
    } else {
        naming.name = base;
    }
    naming.name.prepend(QLatin1String("pitwall_"));
    return naming;
}

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
    , m_levels(prometheus::BuildGauge()
                   .Name("pitwall_threshold_level")
                   .Help("The series' level against its thresholds: 0 ok, 1 warning, 2 critical, 3 emergency")
                   .Register(*m_registry))
    , m_sourcesUp(prometheus::BuildGauge()
                      .Name("pitwall_source_up")
                      .Help("1 while Pitwall reads the source, 0 when its last poll failed or it is not read yet")
                      .Register(*m_registry))
{
    // Series that stop reporting leave the exposition even when no poll arrives; while
    // polls arrive, each one's update() restarts the timer and it never fires.
    m_staleness.setInterval(session->profile().interval * 3 / 2);
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
    qCInfo(lcServe).noquote() << "serving /metrics on port" << port() << "of" << address.host.toString();
    return true;
}

int PrometheusExporter::port() const
{
    if (!m_exposer)
        return 0;
    const auto ports = m_exposer->GetListeningPorts();
    return ports.empty() ? 0 : ports.front();
}

PrometheusExporter::Exported *PrometheusExporter::exported(const SeriesKey &key, const QString &unit, bool judged)
{
    auto it = m_series.find(key);
    if (it != m_series.end())
        return &*it;
    const Naming named = naming(key.metric, unit);
    auto family = m_families.find(named.name);
    if (family == m_families.end()) {
        const std::string help = QStringLiteral("Pitwall's %1 (%2), the latest value of each fresh series")
                                     .arg(key.metric, unit.isEmpty() ? QStringLiteral("no unit") : unit)
                                     .toStdString();
        Family made{nullptr, key.metric};
        // A name the exporter uses itself (pitwall_source_up) is not taken twice.
        if (named.name != QLatin1String("pitwall_source_up")
            && named.name != QLatin1String("pitwall_threshold_level")) {
            try {
                made.gauges = &prometheus::BuildGauge().Name(named.name.toStdString()).Help(help).Register(*m_registry);
            } catch (const std::exception &error) {
                qCWarning(lcServe).noquote()
                    << "serve: cannot export" << key.metric << "as" << named.name << ":" << error.what();
            }
        }
        family = m_families.insert(named.name, made);
    }
    if (!family->gauges)
        return nullptr;
    // Two metrics that come to one name (latency_ms, latency_seconds): the first keeps it.
    if (family->metric != key.metric)
        return nullptr;
    const prometheus::Labels labels = labelsOf(key, false);
    // Two label names that differ only in what Prometheus does not allow (a.b, a_b) would
    // share one gauge: the first keeps it.
    if (family->gauges->Has(labels))
        return nullptr;
    Exported added;
    added.family = family->gauges;
    added.value = &family->gauges->Add(labels);
    added.scale = named.scale;
    if (judged)
        added.level = &m_levels.Add(labelsOf(key, true));
    return &*m_series.insert(key, added);
}

void PrometheusExporter::remove(const SeriesKey &key)
{
    const Exported gone = m_series.take(key);
    gone.family->Remove(gone.value);
    if (gone.level)
        m_levels.Remove(gone.level);
}

void PrometheusExporter::update()
{
    m_staleness.start();
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
        Exported *series = exported(key, rule ? rule->unit : QString(), judged);
        if (!series)
            continue;
        series->value->Set(latest->value * series->scale);
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
