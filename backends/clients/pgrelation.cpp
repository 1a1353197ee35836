#include "pgrelation.h"

#include <QStringList>

#include <pqxx/except>
#include <pqxx/result>
#include <pqxx/transaction_base>

namespace Pitwall {

std::string PgRelation::quoted(pqxx::transaction_base &tx) const
{
    return tx.quote_name(schema.toStdString()) + '.' + tx.quote_name(name.toStdString());
}

QList<int> PgRelation::indexKeys(const QString &indkey)
{
    QList<int> numbers;
    for (const QString &part : indkey.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        numbers << part.toInt();
    return numbers;
}

std::optional<PgRelation> PgRelation::resolve(pqxx::transaction_base &tx, const QString &text)
{
    pqxx::result rows;
    try {
        rows = tx.exec_params("SELECT c.oid, n.nspname, c.relname, c.relkind, pg_total_relation_size(c.oid) "
                              "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                              "WHERE c.oid = to_regclass($1)",
                              text.toStdString());
    } catch (const pqxx::sql_error &error) {
        // "invalid name syntax" (42602), "cross-database references are not implemented"…: not a name of this database.
        if (error.sqlstate().rfind("42", 0) == 0 || error.sqlstate() == "0A000")
            return std::nullopt;
        throw;
    }
    if (rows.empty())
        return std::nullopt;
    const auto row = rows[0];
    PgRelation relation;
    relation.oid = row[0].as<quint32>();
    relation.schema = QString::fromUtf8(row[1].c_str());
    relation.name = QString::fromUtf8(row[2].c_str());
    relation.kind = QString::fromUtf8(row[3].c_str());
    relation.bytes = row[4].as<qint64>(0);
    return relation;
}

} // namespace Pitwall
