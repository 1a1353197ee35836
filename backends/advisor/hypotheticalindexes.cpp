#include "hypotheticalindexes.h"

#include "advisorcatalog.h"

#include <pqxx/except>
#include <pqxx/nontransaction>
#include <pqxx/result>

namespace Pitwall::Advisor {

HypotheticalIndexes::HypotheticalIndexes(const std::unique_ptr<pqxx::connection> &connection, std::string schema,
                                         AdvisorCatalog &catalog, int &created)
    : m_connection(connection)
    , m_schema(std::move(schema))
    , m_catalog(catalog)
    , m_created(created)
{
    reset();
}

HypotheticalIndexes::~HypotheticalIndexes()
{
    try {
        reset();
    } catch (...) { }
}

quint32 HypotheticalIndexes::create(const Hypothetical &index)
{
    std::string columns;
    {
        pqxx::nontransaction tx(*m_connection);
        for (const QString &column : index.columns)
            columns += (columns.empty() ? "" : ", ") + tx.quote_name(column.toStdString());
    }
    const std::string ddl = "CREATE INDEX ON " + m_catalog.quotedTable(index.table) + " (" + columns + ")";
    pqxx::nontransaction tx(*m_connection);
    ++m_created;
    return tx.exec_params("SELECT indexrelid FROM " + m_schema + ".hypopg_create_index($1)", ddl)[0][0].as<quint32>();
}

void HypotheticalIndexes::reset()
{
    if (!m_connection)
        return;
    pqxx::nontransaction tx(*m_connection);
    tx.exec("SELECT " + m_schema + ".hypopg_reset()");
}

qint64 HypotheticalIndexes::size(const Hypothetical &index)
{
    try {
        reset();
        const quint32 oid = create(index);
        qint64 bytes = 0;
        {
            pqxx::nontransaction tx(*m_connection);
            bytes = tx.exec_params("SELECT " + m_schema + ".hypopg_relation_size($1::oid)", oid)[0][0].as<qint64>(0);
        }
        reset();
        return bytes;
    } catch (const pqxx::sql_error &) {
        return qint64(0);
    }
}

} // namespace Pitwall::Advisor
