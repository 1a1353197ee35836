#pragma once

#include "indexadvice.h"
#include "profile.h"
#include "sample.h"
#include "slowquery.h"
#include "thresholdrule.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>

namespace Pitwall {

/// What `pitwall check` found: every metric's last value judged against its
/// rule, the slow statements, the sources that could not be read. Renders the
/// JSON contract of DESIGN.md and a Nagios plugin's text, and gives the exit status.
class CheckReport
{
    Q_DECLARE_TR_FUNCTIONS(Pitwall::CheckReport)

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
    /// is listed among the remarks. No samples at all is an error ("no data",
    /// with @p remark as the reason): the status is then at least UNKNOWN.
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
    /// A Nagios plugin's output: the first line `PITWALL <STATUS> - <summary> | <perfdata>`,
    /// the details on the lines below.
    QString toText() const;
    /// The first line's summary: what is worst, then how much was read.
    QString summary() const;
    /// Nagios performance data, one `'label'=value[UOM];warn;crit;min;max` per result.
    QString perfData() const;
    /// The first line's status word: OK, WARNING, CRITICAL or UNKNOWN.
    static QString nagiosStatus(int exitCode);
    /// The plugin output of a check that could not run (usage or profile error): UNKNOWN.
    static QString unknownLine(const QString &reason);

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
