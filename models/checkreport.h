#pragma once

#include "profile.h"
#include "sample.h"
#include "slowquery.h"
#include "thresholdrule.h"

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

    CheckReport(const Profile &profile, std::chrono::milliseconds window);

    /// Judges @p samples of @p source (its last poll) and adds them.
    void addSamples(const SourceConfig &source, const QList<Sample> &samples, const QString &remark = {});
    void addSlowQueries(const QList<SlowQuery> &queries);
    void addError(const QString &source, const QString &message);

    /// ok / warning / critical / emergency / unknown, by DESIGN.md's precedence.
    Level status() const;
    /// Nagios: 0 OK, 1 WARNING, 2 CRITICAL (critical or emergency), 3 UNKNOWN.
    int exitCode() const;

    const QList<Result> &results() const { return m_results; }
    const QList<SlowRow> &slowQueries() const { return m_slow; }
    const QList<Error> &errors() const { return m_errors; }

    QJsonObject toJson() const;
    QString toText() const;

private:
    Profile m_profile;
    std::chrono::milliseconds m_window;
    QList<Result> m_results;
    QList<SlowRow> m_slow;
    QList<Error> m_errors;
};

} // namespace Pitwall
