#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pitwall {

/// What a person asked for: an action, its source and its options, as the
/// command line (`pitwall action NAME …`) and the dashboard's dialogs give them.
struct ActionRequest
{
    enum class Kind {
        FlushCache,
        WarmCache,
        Prewarm,
        Optimize,
        Vacuum,
        CancelQuery,
        ApplyIndex,
        DropIndex,
        Checkpoint
    };

    Kind kind = Kind::FlushCache;
    /// The source to act on; empty: the profile's only source of the right kind
    /// (a warm recipe names its own).
    QString source;

    /// flush-cache: a SCAN MATCH pattern, or the whole database (FLUSHDB ASYNC).
    QString pattern;
    bool flushDb = false;
    /// warm-cache: the profile's recipe.
    QString recipe;
    /// prewarm: relations; vacuum: tables (`schema.name`, SQL spelling);
    /// optimize: one table (`db.name`); apply-index: one table (`schema.name`);
    /// drop-index: one index (`schema.name`). Empty for prewarm and vacuum: the advisor's list.
    QStringList targets;
    /// optimize: only this partition id.
    QString partition;
    /// optimize: `OPTIMIZE TABLE … FINAL` of the whole table, not partition by partition.
    bool wholeTable = false;
    /// cancel-query: a PostgreSQL backend, or a ClickHouse query.
    std::optional<qint64> pid;
    QString queryId;
    /// cancel-query: pg_terminate_backend instead of pg_cancel_backend.
    bool terminate = false;

    /// apply-index: the index's columns as the catalog spells them, leading one first.
    QStringList columns{};
    /// apply-index: a unique index.
    bool unique = false;
    /// drop-index: an index the index advisor found unused, duplicate or invalid, whoever built it (not only
    /// apply-index's); the plan checks the statistics again and asks for the index's name to be typed.
    bool advisedDrop = false;

    /// Where the request came from, for the audit log: "gui" or "cli".
    QString origin = QStringLiteral("cli");

    /// The command-line name: flush-cache, warm-cache, prewarm, optimize, vacuum, cancel-query,
    /// apply-index, drop-index, checkpoint.
    static QString name(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    static QStringList names();
    QString name() const { return name(kind); }
};

} // namespace Pitwall

Q_DECLARE_METATYPE(Pitwall::ActionRequest)
