#pragma once

#include "action.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace Pitwall {

class ClickHouseClient;

/// ClickHouse `OPTIMIZE TABLE db.t PARTITION ID '…' FINAL`, only for the
/// partitions with more than one active part (FINAL rewrites a whole
/// partition), with the part counts before and after and progress from
/// system.merges; or, on request, `OPTIMIZE TABLE db.t FINAL` of the whole
/// table. A plan that rewrites every partition of the table is destructive.
/// Cancelling sends KILL QUERY for the running OPTIMIZE.
class OptimizeAction : public Action
{
    Q_DECLARE_TR_FUNCTIONS(Pitwall::OptimizeAction)

public:
    OptimizeAction(ActionRequest request, const Profile &profile, SourceConfig source);
    ~OptimizeAction() override;

    ActionPlan plan() override;

    /// `db.table` or `` `db`.`table` `` → (database, table); nothing when it is neither.
    static std::optional<QPair<QString, QString>> splitTableName(const QString &text);

protected:
    ActionOutcome execute(ActionContext &context) override;

private:
    struct Partition
    {
        QString id;
        QString name;
        qint64 parts = 0;
        qint64 rows = 0;
        qint64 bytes = 0;
    };
    ClickHouseClient &clickHouse();
    QList<Partition> readPartitions();
    QString tableSql() const;
    QString statementFor(const Partition *partition) const;
    qint64 activeParts(const QString &partitionId);

    std::unique_ptr<ClickHouseClient> m_clickHouse;
    QString m_database;
    QString m_table;
    QList<Partition> m_targets;
};

} // namespace Pitwall
