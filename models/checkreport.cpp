#include "checkreport.h"

#include "formatter.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>

namespace Pitwall {

CheckReport::CheckReport(const Profile &profile, std::chrono::milliseconds window)
    : m_profile(profile)
    , m_window(window)
{ }

void CheckReport::addSamples(const SourceConfig &source, const QList<Sample> &samples,
                             const QHash<SeriesKey, QString> &notes, const QString &remark)
{
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
    for (const auto &advice : m_advice) {
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
    };
}

QString CheckReport::toText() const
{
    QStringList lines;
    const auto row = [](const QStringList &cells) {
        static const std::array<int, 5> widths{10, 18, 28, 30, 12};
        QString line;
        for (int i = 0; i < cells.size(); ++i)
            line += i < int(widths.size()) ? cells[i].leftJustified(widths[size_t(i)]) + QLatin1Char(' ') : cells[i];
        return line.trimmed();
    };
    lines << row({QStringLiteral("STATUS"), QStringLiteral("SOURCE"), QStringLiteral("METRIC"),
                  QStringLiteral("LABELS"), QStringLiteral("VALUE"), QStringLiteral("THRESHOLD")});
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
        lines << QString() << QStringLiteral("SLOW QUERIES");
        for (const auto &slow : m_slow) {
            QString query = slow.query.query.simplified();
            if (query.size() > 100)
                query = query.left(100) + QStringLiteral("…");
            lines << row({levelName(slow.level), slow.query.source,
                          Formatter::value(slow.query.meanMs, QStringLiteral("ms"))
                              + (slow.query.running ? QStringLiteral(" running")
                                                    : QStringLiteral(" × %1").arg(slow.query.calls)),
                          query});
        }
    }
    int recommendationCount = 0;
    QStringList advice;
    for (const auto &run : m_advice) {
        for (const auto &recommendation : run.recommendations) {
            ++recommendationCount;
            QString line = row(
                {IndexRecommendation::stateName(recommendation.state), recommendation.source,
                 Formatter::value(recommendation.estimatedSavingMs, QStringLiteral("ms")) + QStringLiteral(" saved"),
                 recommendation.display()});
            if (!recommendation.statements.isEmpty())
                line += QStringLiteral("  cost %1 → %2")
                            .arg(recommendation.costBefore(), 0, 'f', 1)
                            .arg(recommendation.costAfter(), 0, 'f', 1);
            if (recommendation.sizeBytes > 0)
                line += QStringLiteral(", ")
                    + Formatter::value(double(recommendation.sizeBytes), QStringLiteral("bytes"));
            if (recommendation.writeHeavy)
                line += QStringLiteral(", write-heavy table");
            if (recommendation.state == IndexRecommendation::State::Applied)
                line += QStringLiteral(", %1 index scans").arg(recommendation.indexScans);
            advice << line;
        }
        for (const auto &predicate : run.unhelpable)
            advice
                << QStringLiteral("no index helps  %1: %2 (%3)").arg(run.source, predicate.predicate, predicate.reason);
    }
    if (!advice.isEmpty())
        lines << QString() << QStringLiteral("INDEX RECOMMENDATIONS") << advice;
    if (!m_remarks.isEmpty()) {
        lines << QString() << QStringLiteral("REMARKS");
        for (const auto &remark : m_remarks)
            lines << QStringLiteral("%1: %2").arg(remark.source, remark.message);
    }
    if (!m_errors.isEmpty()) {
        lines << QString() << QStringLiteral("ERRORS");
        for (const auto &error : m_errors)
            lines << QStringLiteral("%1: %2").arg(error.source, error.message);
    }
    lines << QString()
          << QStringLiteral("%1 (%2 results, %3 slow queries, %4 errors)")
                 .arg(levelName(status()).toUpper())
                 .arg(m_results.size())
                 .arg(m_slow.size())
                 .arg(m_errors.size());
    if (recommendationCount > 0)
        lines.last() += QStringLiteral("; %1 index recommendation(s)").arg(recommendationCount);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Pitwall
