#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <pqxx/connection>

#include <string>

namespace Pitwall::Advisor {

struct Workload;

/// A predicate pg_qualstats saw: a column compared with a constant, or (a join) with another column.
struct Qual
{
    quint32 table = 0;
    int attnum = 0;
    quint32 otherTable = 0;
    int otherAttnum = 0;
    bool btreeOperator = false;
    QString op;
    QString constant;
    bool leadingWildcard = false;
};

/// pg_qualstats' predicates of the current database.
class QualStats
{
public:
    using ByStatement = QHash<QString, QList<Qual>>;

    /// @p schema is the extension's, quoted.
    QualStats(pqxx::connection &connection, std::string schema)
        : m_connection(connection)
        , m_schema(std::move(schema))
    { }

    /// The predicates of @p statements, by queryid. Throws pqxx::sql_error.
    ByStatement read(const QList<const Workload *> &statements);

private:
    pqxx::connection &m_connection;
    std::string m_schema;
};

} // namespace Pitwall::Advisor
