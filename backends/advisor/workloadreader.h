#pragma once

#include "statementshape.h"

#include <QList>
#include <QString>

#include <pqxx/connection>

namespace Pitwall::Advisor {

/// One workload statement of a database.
struct Workload
{
    QString database;
    QString queryId;
    QString query;
    double calls = 0;
    double totalMs = 0;
    double windowCalls = 0;
    double windowMeanMs = 0;
    StatementShape shape;

    /// The key of a statement in the advisor's memory across runs.
    static QString key(const QString &database, const QString &queryId)
    {
        return database + QLatin1Char('/') + queryId;
    }
};

/// The workload of every database, from pg_stat_statements on the source's own database.
class WorkloadReader
{
public:
    struct Result
    {
        /// The role connected, and the database the source's URI names.
        QString role;
        QString database;
        /// By total time, those the role may read; their counters since the statistics' reset.
        QList<Workload> statements;
    };

    /// @p where names the source in messages.
    explicit WorkloadReader(QString where)
        : m_where(std::move(where))
    { }

    /// Throws CollectorError when pg_stat_statements is missing or cannot be read.
    Result read(pqxx::connection &connection) const;

private:
    QString m_where;
};

} // namespace Pitwall::Advisor
