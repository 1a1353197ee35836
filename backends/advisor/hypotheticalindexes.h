#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <pqxx/connection>

#include <memory>
#include <string>

namespace Pitwall::Advisor {

class AdvisorCatalog;

/// A btree index HypoPG is to pretend exists.
struct Hypothetical
{
    quint32 table = 0;
    QList<int> attnums;
    QStringList columns;
};

/// HypoPG's hypothetical indexes on the advisor's connection. They live in the
/// backend until reset, whatever happens: this resets them when it is made and,
/// while the connection is still open, when it goes.
class HypotheticalIndexes
{
public:
    /// @p schema is HypoPG's, quoted; @p created counts the indexes created.
    HypotheticalIndexes(const std::unique_ptr<pqxx::connection> &connection, std::string schema,
                        AdvisorCatalog &catalog, int &created);
    ~HypotheticalIndexes();
    HypotheticalIndexes(const HypotheticalIndexes &) = delete;
    HypotheticalIndexes &operator=(const HypotheticalIndexes &) = delete;

    /// The OID of the new hypothetical index.
    quint32 create(const Hypothetical &index);
    void reset();
    /// hypopg_relation_size of the index, alone; 0 if HypoPG cannot tell.
    qint64 size(const Hypothetical &index);

private:
    const std::unique_ptr<pqxx::connection> &m_connection;
    std::string m_schema;
    AdvisorCatalog &m_catalog;
    int &m_created;
};

} // namespace Pitwall::Advisor
