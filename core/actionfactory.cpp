#include "actionfactory.h"

#include "applyindexaction.h"
#include "cancelqueryaction.h"
#include "dropindexaction.h"
#include "flushcacheaction.h"
#include "optimizeaction.h"
#include "prewarmaction.h"
#include "sqlitecheckpointaction.h"
#include "sqliteoptimizeaction.h"
#include "sqlitevacuumaction.h"
#include "vacuumaction.h"
#include "warmcacheaction.h"

#include <QCoreApplication>
#include <QStringList>

namespace Pitwall {

namespace {
using Result = std::variant<std::unique_ptr<Action>, QString>;

/// The source named in the request, or the profile's only source of an accepted kind.
std::variant<SourceConfig, QString> chooseSource(const ActionRequest &request, const Profile &profile,
                                                 const QList<SourceKind> &kinds)
{
    QStringList kindNames;
    for (SourceKind kind : kinds)
        kindNames << sourceKindName(kind);
    const QString accepted = kindNames.join(QCoreApplication::translate("Pitwall::ActionFactory", " or "));
    if (!request.source.isEmpty()) {
        const SourceConfig *source = profile.source(request.source);
        if (!source)
            return QCoreApplication::translate("Pitwall::ActionFactory", "the profile has no source named '%1'")
                .arg(request.source);
        if (!kinds.contains(source->kind))
            return QCoreApplication::translate("Pitwall::ActionFactory", "%1 acts on a %2 source; '%3' is %4")
                .arg(request.name(), accepted, source->name, sourceKindName(source->kind));
        return *source;
    }
    QList<SourceConfig> candidates;
    for (const SourceConfig &source : profile.sources) {
        if (kinds.contains(source.kind))
            candidates << source;
    }
    if (candidates.size() == 1)
        return candidates.first();
    if (candidates.isEmpty())
        return QCoreApplication::translate("Pitwall::ActionFactory", "the profile has no %1 source for %2")
            .arg(accepted, request.name());
    QStringList names;
    for (const SourceConfig &source : std::as_const(candidates))
        names << source.name;
    return QCoreApplication::translate("Pitwall::ActionFactory", "name the source with --source: %1")
        .arg(names.join(QLatin1String(", ")));
}

template<typename T, typename... Extra>
Result make(const ActionRequest &request, const Profile &profile, const QList<SourceKind> &kinds, Extra &&...extra)
{
    auto chosen = chooseSource(request, profile, kinds);
    if (auto *error = std::get_if<QString>(&chosen))
        return *error;
    return std::unique_ptr<Action>(
        std::make_unique<T>(request, profile, std::get<SourceConfig>(chosen), std::forward<Extra>(extra)...));
}
} // namespace

Result createAction(const ActionRequest &request, const Profile &profile)
{
    switch (request.kind) {
    case ActionRequest::Kind::FlushCache:
        if (request.flushDb == !request.pattern.isEmpty())
            return QCoreApplication::translate("Pitwall::ActionFactory",
                                               "flush-cache needs a --pattern or --flushdb, not both");
        return make<FlushCacheAction>(request, profile, {SourceKind::Redis});
    case ActionRequest::Kind::WarmCache: {
        const WarmRecipe *recipe = profile.warmRecipe(request.recipe);
        if (!recipe) {
            QStringList names;
            for (const WarmRecipe &known : profile.warmRecipes)
                names << known.name;
            return names.isEmpty()
                ? QCoreApplication::translate("Pitwall::ActionFactory", "the profile has no warm_recipes")
                : QCoreApplication::translate("Pitwall::ActionFactory", "name a warm recipe with --recipe: %1")
                      .arg(names.join(QLatin1String(", ")));
        }
        ActionRequest withSource = request;
        withSource.source = recipe->source;
        return make<WarmCacheAction>(withSource, profile, {SourceKind::Postgres, SourceKind::ClickHouse}, *recipe);
    }
    case ActionRequest::Kind::Prewarm:
        return make<PrewarmAction>(request, profile, {SourceKind::Postgres});
    case ActionRequest::Kind::Vacuum: {
        // A table names a PostgreSQL one; a SQLite file is vacuumed whole.
        const QList<SourceKind> kinds = request.source.isEmpty() && !request.targets.isEmpty()
            ? QList<SourceKind>{SourceKind::Postgres}
            : QList<SourceKind>{SourceKind::Postgres, SourceKind::Sqlite};
        auto chosen = chooseSource(request, profile, kinds);
        if (auto *error = std::get_if<QString>(&chosen))
            return *error;
        const SourceConfig &source = std::get<SourceConfig>(chosen);
        if (source.kind == SourceKind::Sqlite) {
            if (!request.targets.isEmpty())
                return QCoreApplication::translate(
                    "Pitwall::ActionFactory", "vacuum on a sqlite source takes no --table: it vacuums the whole file");
            return std::unique_ptr<Action>(std::make_unique<SqliteVacuumAction>(request, profile, source));
        }
        return std::unique_ptr<Action>(std::make_unique<VacuumAction>(request, profile, source));
    }
    case ActionRequest::Kind::Optimize: {
        // A table names a ClickHouse one; PRAGMA optimize takes none.
        const QList<SourceKind> kinds = request.source.isEmpty() && !request.targets.isEmpty()
            ? QList<SourceKind>{SourceKind::ClickHouse}
            : QList<SourceKind>{SourceKind::ClickHouse, SourceKind::Sqlite};
        auto chosen = chooseSource(request, profile, kinds);
        if (auto *error = std::get_if<QString>(&chosen))
            return *error;
        const SourceConfig &source = std::get<SourceConfig>(chosen);
        if (source.kind == SourceKind::Sqlite) {
            if (!request.targets.isEmpty() || !request.partition.isEmpty() || request.wholeTable)
                return QCoreApplication::translate(
                    "Pitwall::ActionFactory",
                    "optimize on a sqlite source takes no --table, --partition or --whole-table");
            return std::unique_ptr<Action>(std::make_unique<SqliteOptimizeAction>(request, profile, source));
        }
        if (request.targets.size() != 1)
            return QCoreApplication::translate("Pitwall::ActionFactory", "optimize needs one --table db.table");
        return std::unique_ptr<Action>(std::make_unique<OptimizeAction>(request, profile, source));
    }
    case ActionRequest::Kind::Checkpoint:
        return make<SqliteCheckpointAction>(request, profile, {SourceKind::Sqlite});
    case ActionRequest::Kind::ApplyIndex:
        if (request.targets.size() != 1 || request.columns.isEmpty())
            return QCoreApplication::translate("Pitwall::ActionFactory",
                                               "apply-index needs one --table schema.table and --columns a[,b]");
        return make<ApplyIndexAction>(request, profile, {SourceKind::Postgres});
    case ActionRequest::Kind::DropIndex:
        if (request.targets.size() != 1)
            return QCoreApplication::translate("Pitwall::ActionFactory", "drop-index needs one --index schema.name");
        return make<DropIndexAction>(request, profile, {SourceKind::Postgres});
    case ActionRequest::Kind::CancelQuery: {
        auto chosen = chooseSource(request, profile, {SourceKind::Postgres, SourceKind::ClickHouse});
        if (auto *error = std::get_if<QString>(&chosen))
            return *error;
        const SourceConfig &source = std::get<SourceConfig>(chosen);
        if (source.kind == SourceKind::Postgres && (!request.pid || *request.pid <= 0))
            return QCoreApplication::translate("Pitwall::ActionFactory",
                                               "cancel-query on a postgres source needs --pid N");
        if (source.kind == SourceKind::ClickHouse && request.queryId.isEmpty())
            return QCoreApplication::translate("Pitwall::ActionFactory",
                                               "cancel-query on a clickhouse source needs --query-id ID");
        return std::unique_ptr<Action>(std::make_unique<CancelQueryAction>(request, profile, source));
    }
    }
    return QCoreApplication::translate("Pitwall::ActionFactory", "unknown action");
}

} // namespace Pitwall
