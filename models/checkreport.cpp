#include "checkreport.h"

#include "formatter.h"
#include "plantext.h"
#include "sourcestatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>

namespace Pitwall {

CheckReport::CheckReport(const Profile &profile, std::chrono::milliseconds window)
    : m_profile(profile)
    , m_window(window)
{ }

void CheckReport::addSamples(const SourceConfig &source, const QList<Sample> &samples,
                             const QHash<SeriesKey, QString> &notes, const QString &remark)
{
    if (samples.isEmpty()) {
        // A source Pitwall cannot see is never OK: UNKNOWN, with the reason.
        m_errors.append(Error{source.name, sourceNoDataMessage(source.name, remark)});
        return;
    }
    for (const auto &sample : samples) {
        Result result;
        result.sample = sample;
        result.kind = source.kind;
        result.rule = m_profile.thresholds.value(sample.key.metric);
        result.level = result.rule.levelOf(sample.value);
        result.message = notes.value(sample.key);
        m_results.append(result);
    }
    if (!remark.isEmpty())
        m_remarks.append(Remark{source.name, remark});
}

void CheckReport::addSlowQueries(const QList<SlowQuery> &queries)
{
    const ThresholdRule rule = m_profile.thresholds.value(QStringLiteral("slow_query_ms"));
    for (const auto &query : queries)
        m_slow.append(SlowRow{query, rule.levelOf(query.meanMs)});
}

void CheckReport::addError(const QString &source, const QString &message)
{
    m_errors.append(Error{source, message});
}

void CheckReport::addAdvice(const IndexAdvice &advice)
{
    m_advice.append(advice);
    if (!advice.problem.isEmpty())
        m_remarks.append(Remark{advice.source, QStringLiteral("index advisor: ") + advice.problem});
}

Level CheckReport::status() const
{
    Level worst = Level::Ok;
    for (const auto &result : m_results)
        worst = std::max(worst, result.level);
    for (const auto &row : m_slow)
        worst = std::max(worst, row.level);
    if (worst >= Level::Critical)
        return worst;
    if (!m_errors.isEmpty())
        return Level::Unknown;
    return worst;
}

int CheckReport::exitCode() const
{
    switch (status()) {
    case Level::Ok:
        return 0;
    case Level::Warning:
        return 1;
    case Level::Critical:
    case Level::Emergency:
        return 2;
    case Level::Unknown:
        break;
    }
    return 3;
}

namespace {
QJsonObject labelsJson(const Labels &labels)
{
    QJsonObject object;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject thresholdJson(const ThresholdRule &rule)
{
    QJsonObject object;
    object.insert(QStringLiteral("direction"),
                  *rule.direction == ThresholdRule::Direction::Above ? QStringLiteral("above")
                                                                     : QStringLiteral("below"));
    if (rule.warning)
        object.insert(QStringLiteral("warning"), *rule.warning);
    if (rule.critical)
        object.insert(QStringLiteral("critical"), *rule.critical);
    if (rule.emergency)
        object.insert(QStringLiteral("emergency"), *rule.emergency);
    if (rule.holdFor.count() > 0)
        object.insert(QStringLiteral("for_s"), double(rule.holdFor.count()) / 1000.0);
    return object;
}

QString thresholdText(const ThresholdRule &rule)
{
    if (!rule.direction)
        return {};
    QStringList limits;
    for (const auto &limit : {rule.warning, rule.critical, rule.emergency}) {
        if (limit)
            limits << Formatter::value(*limit, rule.unit);
    }
    const QString direction
        = *rule.direction == ThresholdRule::Direction::Above ? QStringLiteral("above") : QStringLiteral("below");
    return direction + QLatin1Char(' ') + limits.join(QLatin1String(" / "));
}
} // namespace

namespace {
QJsonObject recommendationJson(const IndexRecommendation &recommendation)
{
    QJsonArray statements;
    for (const auto &statement : recommendation.statements) {
        QJsonObject object{
            {QStringLiteral("queryid"), statement.queryId},
            {QStringLiteral("query"), statement.query},
            {QStringLiteral("calls"), statement.calls},
            {QStringLiteral("mean_ms"), statement.meanMs},
            {QStringLiteral("cost_before"), statement.costBefore},
            {QStringLiteral("cost_after"), statement.costAfter},
        };
        if (statement.meanBeforeMs)
            object.insert(QStringLiteral("mean_before_ms"), *statement.meanBeforeMs);
        if (!statement.planBefore.isEmpty())
            object.insert(QStringLiteral("plan_before"), PlanText::fromJson(statement.planBefore));
        if (!statement.planAfter.isEmpty())
            object.insert(QStringLiteral("plan_after"), PlanText::fromJson(statement.planAfter));
        statements.append(object);
    }
    QJsonObject object{
        {QStringLiteral("source"), recommendation.source},
        {QStringLiteral("database"), recommendation.database},
        {QStringLiteral("state"), IndexRecommendation::stateName(recommendation.state)},
        {QStringLiteral("curated"), recommendation.state == IndexRecommendation::State::Curated},
        {QStringLiteral("statement"),
         recommendation.statements.isEmpty() ? QString() : recommendation.statements.first().query},
        {QStringLiteral("table"), recommendation.qualifiedTable()},
        {QStringLiteral("columns"), QJsonArray::fromStringList(recommendation.columns)},
        {QStringLiteral("index_name"), recommendation.indexName},
        {QStringLiteral("estimated_saving_ms"), recommendation.estimatedSavingMs},
        {QStringLiteral("cost_before"), recommendation.costBefore()},
        {QStringLiteral("cost_after"), recommendation.costAfter()},
        {QStringLiteral("size_bytes"), double(recommendation.sizeBytes)},
        {QStringLiteral("write_heavy"), recommendation.writeHeavy},
        {QStringLiteral("statements"), statements},
    };
    if (recommendation.state == IndexRecommendation::State::Applied)
        object.insert(QStringLiteral("index_scans"), double(recommendation.indexScans));
    if (!recommendation.updatedColumns.isEmpty()) {
        QJsonObject hot{{QStringLiteral("updated_columns"), QJsonArray::fromStringList(recommendation.updatedColumns)},
                        {QStringLiteral("table_updates"), recommendation.tableUpdates},
                        {QStringLiteral("hot_updates"), recommendation.hotUpdates}};
        if (const auto ratio = recommendation.hotUpdateRatio())
            hot.insert(QStringLiteral("hot_update_ratio"), *ratio);
        object.insert(QStringLiteral("ends_hot_updates"), hot);
    }
    if (recommendation.partitioned)
        object.insert(QStringLiteral("partitioned"), true);
    return object;
}
} // namespace

QJsonObject CheckReport::toJson() const
{
    QJsonArray results;
    for (const auto &result : m_results) {
        QJsonObject object{
            {QStringLiteral("source"), result.sample.key.source},
            {QStringLiteral("kind"), sourceKindName(result.kind)},
            {QStringLiteral("metric"), result.sample.key.metric},
            {QStringLiteral("labels"), labelsJson(result.sample.key.labels)},
            {QStringLiteral("value"), result.sample.value},
            {QStringLiteral("unit"), result.rule.unit},
            {QStringLiteral("status"), levelName(result.level)},
        };
        if (result.rule.direction)
            object.insert(QStringLiteral("threshold"), thresholdJson(result.rule));
        if (!result.message.isEmpty())
            object.insert(QStringLiteral("message"), result.message);
        results.append(object);
    }
    QJsonArray slow;
    for (const auto &row : m_slow) {
        QJsonObject object{
            {QStringLiteral("source"), row.query.source},   {QStringLiteral("query"), row.query.query},
            {QStringLiteral("mean_ms"), row.query.meanMs},  {QStringLiteral("calls"), row.query.calls},
            {QStringLiteral("running"), row.query.running}, {QStringLiteral("status"), levelName(row.level)},
        };
        if (row.query.pid)
            object.insert(QStringLiteral("pid"), *row.query.pid);
        if (!row.query.state.isEmpty())
            object.insert(QStringLiteral("state"), row.query.state);
        if (!row.query.waitEvent.isEmpty())
            object.insert(QStringLiteral("wait_event"), row.query.waitEvent);
        if (!row.query.blockedBy.isEmpty())
            object.insert(QStringLiteral("blocked_by"), row.query.blockedBy);
        if (!row.query.user.isEmpty())
            object.insert(QStringLiteral("user"), row.query.user);
        if (row.query.rowsRead)
            object.insert(QStringLiteral("rows_read"), double(*row.query.rowsRead));
        if (row.query.bytesRead)
            object.insert(QStringLiteral("bytes_read"), double(*row.query.bytesRead));
        slow.append(object);
    }
    QJsonArray errors;
    for (const auto &error : m_errors)
        errors.append(
            QJsonObject{{QStringLiteral("source"), error.source}, {QStringLiteral("message"), error.message}});
    QJsonArray remarks;
    for (const auto &remark : m_remarks)
        remarks.append(
            QJsonObject{{QStringLiteral("source"), remark.source}, {QStringLiteral("message"), remark.message}});

    QJsonArray recommendations;
    QJsonArray unhelpable;
    QJsonArray skipped;
    QJsonArray droppable;
    for (const auto &advice : m_advice) {
        for (const auto &index : advice.droppable) {
            QJsonObject object{{QStringLiteral("source"), advice.source},
                               {QStringLiteral("database"), index.database},
                               {QStringLiteral("table"), QString(index.schema + QLatin1Char('.') + index.table)},
                               {QStringLiteral("index"), index.qualifiedIndex()},
                               {QStringLiteral("reason"), IndexAdvice::Droppable::reasonName(index.reason)},
                               {QStringLiteral("definition"), index.definition},
                               {QStringLiteral("size_bytes"), double(index.sizeBytes)},
                               {QStringLiteral("scans"), double(index.scans)},
                               {QStringLiteral("stats_age_s"), index.statsAgeSeconds},
                               {QStringLiteral("stats_never_reset"), index.statsNeverReset},
                               {QStringLiteral("table_writes"), index.tableWrites}};
            if (!index.coveredBy.isEmpty())
                object.insert(QStringLiteral("covered_by"), index.coveredBy);
            droppable.append(object);
        }
        for (const auto &statement : advice.skipped)
            skipped.append(QJsonObject{{QStringLiteral("source"), advice.source},
                                       {QStringLiteral("database"), statement.database},
                                       {QStringLiteral("queryid"), statement.queryId},
                                       {QStringLiteral("query"), statement.query},
                                       {QStringLiteral("judged"), statement.judged},
                                       {QStringLiteral("reason"), statement.reason}});
        for (const auto &recommendation : advice.recommendations)
            recommendations.append(recommendationJson(recommendation));
        for (const auto &predicate : advice.unhelpable)
            unhelpable.append(QJsonObject{{QStringLiteral("source"), advice.source},
                                          {QStringLiteral("database"), predicate.database},
                                          {QStringLiteral("query"), predicate.query},
                                          {QStringLiteral("predicate"), predicate.predicate},
                                          {QStringLiteral("reason"), predicate.reason}});
    }

    return QJsonObject{
        {QStringLiteral("window_s"), double(m_window.count()) / 1000.0},
        {QStringLiteral("status"), levelName(status())},
        {QStringLiteral("results"), results},
        {QStringLiteral("slow_queries"), slow},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("remarks"), remarks},
        {QStringLiteral("recommendations"), recommendations},
        {QStringLiteral("unhelpable_predicates"), unhelpable},
        {QStringLiteral("statements_without_advice"), skipped},
        {QStringLiteral("droppable_indexes"), droppable},
    };
}

namespace {
/// Text for a plugin line: Nagios reads everything after the first '|' as performance data.
QString pluginSafe(QString text)
{
    text.replace(QLatin1Char('|'), QChar(0x00A6));
    return text;
}

QString seriesName(const SeriesKey &key)
{
    QStringList labels;
    for (auto it = key.labels.cbegin(); it != key.labels.cend(); ++it)
        labels << it.key() + QLatin1Char('=') + it.value();
    QString name = key.source + QLatin1Char(' ') + key.metric;
    if (!labels.isEmpty())
        name += QLatin1Char(' ') + labels.join(QLatin1Char(','));
    return name;
}

/// A perfdata number: digits, '-' and '.', never an exponent; "U" when it cannot be told.
QString perfNumber(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("U");
    QString text = QString::number(value, 'f', 6);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

struct PerfUnit
{
    const char *uom;
    double scale;
};

/// The plugin guidelines' unit of measurement for a canonical unit: s, ms, %, B, or none (a count of things).
PerfUnit perfUnit(const QString &unit)
{
    if (unit == QLatin1String("ratio"))
        return {"%", 100.0};
    if (unit == QLatin1String("ms"))
        return {"ms", 1.0};
    if (unit == QLatin1String("seconds"))
        return {"s", 1.0};
    if (unit == QLatin1String("bytes"))
        return {"B", 1.0};
    return {"", 1.0};
}

/// A limit in the guidelines' range format: "N" alerts above N (outside 0..N), "N:" below N.
QString perfRange(const ThresholdRule &rule, const std::optional<double> &limit, double scale)
{
    if (!rule.direction || !limit)
        return {};
    const QString number = perfNumber(*limit * scale);
    return *rule.direction == ThresholdRule::Direction::Below ? number + QLatin1Char(':') : number;
}

QString perfItem(const CheckReport::Result &result)
{
    const PerfUnit unit = perfUnit(result.rule.unit);
    QString label = seriesName(result.sample.key);
    label.replace(QLatin1Char('\''), QLatin1String("''"));
    QStringList fields{QLatin1Char('\'') + label + QStringLiteral("'=") + perfNumber(result.sample.value * unit.scale)
                           + QLatin1String(unit.uom),
                       perfRange(result.rule, result.rule.warning, unit.scale),
                       perfRange(result.rule, result.rule.critical, unit.scale)};
    if (unit.scale == 100.0)
        fields << QStringLiteral("0") << QStringLiteral("100");
    while (fields.size() > 1 && fields.last().isEmpty())
        fields.removeLast();
    return fields.join(QLatin1Char(';'));
}
} // namespace

QString CheckReport::nagiosStatus(int exitCode)
{
    switch (exitCode) {
    case 0:
        return QStringLiteral("OK");
    case 1:
        return QStringLiteral("WARNING");
    case 2:
        return QStringLiteral("CRITICAL");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

QString CheckReport::unknownLine(const QString &reason)
{
    return QStringLiteral("PITWALL UNKNOWN - ") + pluginSafe(reason.simplified()) + QLatin1Char('\n');
}

QString CheckReport::perfData() const
{
    QStringList items;
    for (const auto &result : m_results)
        items << perfItem(result);
    return items.join(QLatin1Char(' '));
}

QString CheckReport::summary() const
{
    QStringList worst;
    auto sorted = m_results;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Result &a, const Result &b) { return a.level > b.level; });
    for (const auto &result : sorted) {
        if (result.level < Level::Warning || worst.size() >= 3)
            break;
        worst << tr("%1 %2 (%3)")
                     .arg(seriesName(result.sample.key), Formatter::value(result.sample.value, result.rule.unit),
                          levelName(result.level));
    }
    for (const auto &row : m_slow) {
        if (row.level >= Level::Warning && worst.size() < 4) {
            worst << tr("%1 slow query %2 (%3)")
                         .arg(row.query.source, Formatter::value(row.query.meanMs, QStringLiteral("ms")),
                              levelName(row.level));
        }
    }
    for (const auto &error : m_errors) {
        if (worst.size() >= 5)
            break;
        worst << tr("%1 unreadable").arg(error.source);
    }
    const QString counts
        = tr("%1 results, %2 slow queries, %3 errors").arg(m_results.size()).arg(m_slow.size()).arg(m_errors.size());
    if (m_results.isEmpty() && m_errors.isEmpty())
        return tr("no source gave a result; %1").arg(counts);
    return worst.isEmpty() ? counts : worst.join(QLatin1String(", ")) + QLatin1String("; ") + counts;
}

QString CheckReport::toText() const
{
    QStringList lines;
    QString first
        = QStringLiteral("PITWALL ") + nagiosStatus(exitCode()) + QStringLiteral(" - ") + pluginSafe(summary());
    if (!m_results.isEmpty())
        first += QStringLiteral(" | ") + perfData();
    lines << first;

    const auto row = [](const QStringList &cells) {
        static const std::array<int, 5> widths{10, 18, 28, 30, 12};
        QString line;
        for (int i = 0; i < cells.size(); ++i)
            line += i < int(widths.size()) ? cells[i].leftJustified(widths[size_t(i)]) + QLatin1Char(' ') : cells[i];
        return line.trimmed();
    };
    lines << row({tr("STATUS"), tr("SOURCE"), tr("METRIC"), tr("LABELS"), tr("VALUE"), tr("THRESHOLD")});
    auto sorted = m_results;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Result &a, const Result &b) { return a.level > b.level; });
    for (const auto &result : sorted) {
        QStringList labels;
        for (auto it = result.sample.key.labels.cbegin(); it != result.sample.key.labels.cend(); ++it)
            labels << it.key() + QLatin1Char('=') + it.value();
        lines << row({levelName(result.level), result.sample.key.source, result.sample.key.metric,
                      labels.join(QLatin1Char(',')), Formatter::value(result.sample.value, result.rule.unit),
                      thresholdText(result.rule)});
        if (!result.message.isEmpty())
            lines << QStringLiteral("           ") + result.message;
    }
    if (!m_slow.isEmpty()) {
        lines << QString() << tr("SLOW QUERIES");
        for (const auto &slow : m_slow) {
            QString query = slow.query.query.simplified();
            if (query.size() > 100)
                query = query.left(100) + QStringLiteral("…");
            lines << row({levelName(slow.level), slow.query.source,
                          Formatter::value(slow.query.meanMs, QStringLiteral("ms"))
                              + (slow.query.running ? tr(" running") : tr(" × %1").arg(slow.query.calls)),
                          query});
        }
    }
    int recommendationCount = 0;
    QStringList advice;
    for (const auto &run : m_advice) {
        for (const auto &recommendation : run.recommendations) {
            ++recommendationCount;
            QString line = row({IndexRecommendation::stateName(recommendation.state), recommendation.source,
                                Formatter::value(recommendation.estimatedSavingMs, QStringLiteral("ms")) + tr(" saved"),
                                recommendation.display()});
            if (!recommendation.statements.isEmpty())
                line += tr("  cost %1 → %2")
                            .arg(recommendation.costBefore(), 0, 'f', 1)
                            .arg(recommendation.costAfter(), 0, 'f', 1);
            if (recommendation.sizeBytes > 0)
                line += QStringLiteral(", ")
                    + Formatter::value(double(recommendation.sizeBytes), QStringLiteral("bytes"));
            if (recommendation.writeHeavy)
                line += tr(", write-heavy table");
            if (!recommendation.updatedColumns.isEmpty())
                line
                    += tr(", ends HOT updates of %1 (%2 of the table's updates are HOT now)")
                           .arg(recommendation.updatedColumns.join(QLatin1String(", ")),
                                Formatter::value(recommendation.hotUpdateRatio().value_or(0), QStringLiteral("ratio")));
            if (recommendation.state == IndexRecommendation::State::Applied)
                line += tr(", %1 index scans").arg(recommendation.indexScans);
            advice << line;
        }
        for (const auto &predicate : run.unhelpable)
            advice << tr("no index helps  %1: %2 (%3)").arg(run.source, predicate.predicate, predicate.reason);
        for (const auto &index : run.droppable)
            advice << tr("%1 index  %2: %3, %4, %5 scans, %6 table writes%7")
                          .arg(IndexAdvice::Droppable::reasonName(index.reason), run.source, index.qualifiedIndex(),
                               Formatter::value(double(index.sizeBytes), QStringLiteral("bytes")))
                          .arg(index.scans)
                          .arg(qint64(index.tableWrites))
                          .arg(index.coveredBy.isEmpty() ? QString() : tr(", covered by %1").arg(index.coveredBy));
    }
    if (!advice.isEmpty())
        lines << QString() << tr("INDEX RECOMMENDATIONS") << advice;
    if (!m_remarks.isEmpty()) {
        lines << QString() << tr("REMARKS");
        for (const auto &remark : m_remarks)
            lines << QStringLiteral("%1: %2").arg(remark.source, remark.message);
    }
    if (!m_errors.isEmpty()) {
        lines << QString() << tr("ERRORS");
        for (const auto &error : m_errors)
            lines << QStringLiteral("%1: %2").arg(error.source, error.message);
    }
    if (recommendationCount > 0)
        lines << QString() << tr("%1 index recommendation(s)").arg(recommendationCount);
    for (int i = 1; i < lines.size(); ++i)
        lines[i] = pluginSafe(lines[i]);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Pitwall
