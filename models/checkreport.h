#pragma once

#include "indexadvice.h"
#include "profile.h"
#include "sample.h"
#include "slowquery.h"
#include "thresholdrule.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>

namespace Pitwall {

/// What `pitwall check` found: every metric's last value judged against its
/// rule, the slow statements, the sources that could not be read. Renders the
/// JSON contract of DESIGN.md and the human table, and gives the exit status.
class CheckReport
{
public:
    struct Result
    {
        Sample sample;
        SourceKind kind = SourceKind::Postgres;
        ThresholdRule rule;
        Level level = Level::Ok;
        QString message;
    };
    struct SlowRow
    {
        SlowQuery query;
        Level level = Level::Ok;
    };
    struct Error
    {
        QString source;
        QString message;
    };
    /// Something a source says that is not an error ("pg_stat_statements is not installed").
    using Remark = Error;

    CheckReport(const Profile &profile, std::chrono::milliseconds window);

    /// Judges @p samples of @p source (its last poll) and adds them; a series
    /// with a note in @p notes gets it as its message. A non-empty @p remark
    /// is listed among the remarks.
    void addSamples(const SourceConfig &source, const QList<Sample> &samples,
                    const QHash<SeriesKey, QString> &notes = {}, const QString &remark = {});
    void addSlowQueries(const QList<SlowQuery> &queries);
    void addError(const QString &source, const QString &message);
    /// The index advisor's run on a postgres source: its recommendations are
    /// listed, its problem is a remark; neither changes the status.
    void addAdvice(const IndexAdvice &advice);

    /// ok / warning / critical / emergency / unknown, by DESIGN.md's precedence.
    Level status() const;
    /// Nagios: 0 OK, 1 WARNING, 2 CRITICAL (critical or emergency), 3 UNKNOWN.
    int exitCode() const;

    const QList<Result> &results() const { return m_results; }
    const QList<SlowRow> &slowQueries() const { return m_slow; }
    const QList<Error> &errors() const { return m_errors; }
    const QList<Remark> &remarks() const { return m_remarks; }
    const QList<IndexAdvice> &advice() const { return m_advice; }

    QJsonObject toJson() const;
    QString toText() const;

private:
    Profile m_profile;
    std::chrono::milliseconds m_window;
    QList<Result> m_results;
    QList<SlowRow> m_slow;
    QList<Error> m_errors;
    QList<Remark> m_remarks;
    QList<IndexAdvice> m_advice;
};

} // namespace Pitwall
