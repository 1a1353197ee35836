#include "dashboardview.h"

#include "alertmodel.h"
#include "chartpanel.h"
#include "levelpalette.h"
#include "metricstore.h"
#include "presentationproxy.h"
#include "recommendationspane.h"
#include "session.h"
#include "slowquerymodel.h"
#include "sourcestatusmodel.h"
#include "statustile.h"
#include "tablepane.h"
#include "thresholdengine.h"
#include "tilestate.h"
#include "timewindow.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QMenu>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Pitwall {

namespace {
struct PanelSpec
{
    const char *title;
    const char *metric;
};
// The four areas the platform guides keep coming back to, CDC's bytes beside its seconds, and the
// request latency the default Prometheus and /metrics panels compute.
const PanelSpec panelSpecs[] = {
    {QT_TRANSLATE_NOOP("Pitwall::DashboardView", "Pool utilisation"), "pool_utilisation"},
    {QT_TRANSLATE_NOOP("Pitwall::DashboardView", "Cache hit rate"), "cache_hit_rate"},
    {QT_TRANSLATE_NOOP("Pitwall::DashboardView", "CDC lag"), "cdc_lag_seconds"},
    {QT_TRANSLATE_NOOP("Pitwall::DashboardView", "Slow queries"), "slow_query_ms"},
    {QT_TRANSLATE_NOOP("Pitwall::DashboardView", "CDC bytes retained"), "cdc_lag_bytes"},
    {QT_TRANSLATE_NOOP("Pitwall::DashboardView", "Latency p95"), "latency_p95_ms"},
    {QT_TRANSLATE_NOOP("Pitwall::DashboardView", "Latency p99"), "latency_p99_ms"},
};
} // namespace

DashboardView::DashboardView(Session *session, TimeWindow *window, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_window(window)
    , m_tileRow(new QHBoxLayout)
    , m_panelTabs(new QTabWidget(this))
    , m_tableTabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    for (const auto &spec : panelSpecs) {
        auto *panel = new ChartPanel(tr(spec.title), QLatin1String(spec.metric), session->store(), session->engine(),
                                     window, m_panelTabs);
        panel->setPollInterval(session->profile().interval);
        m_panels.append(panel);
        m_panelTabs->addTab(panel, panel->title());
    }
    // A metric the profile's own panels declare gets a chart of its own, after the fixed ones.
    QStringList declared;
    for (const auto &spec : session->profile().panels) {
        if (!spec.declared || declared.contains(spec.metric))
            continue;
        declared << spec.metric;
        auto *panel
            = new ChartPanel(spec.metric, spec.metric, session->store(), session->engine(), window, m_panelTabs);
        panel->setPollInterval(session->profile().interval);
        m_panels.append(panel);
        m_panelTabs->addTab(panel, panel->title());
    }
    // Slow statements are named by their text, not their queryid.
    m_panels[3]->setLabeler([session](const SeriesKey &key) -> QString {
        const QString id = key.labels.value(QStringLiteral("queryid"));
        for (const auto &query : session->slowQueries()->queries()) {
            if (query.source == key.source && query.id == id)
                return key.source + QLatin1String(": ") + query.query.simplified().left(48);
        }
        return key.source + QLatin1Char(' ') + id;
    });

    auto *slow = new PresentationProxy;
    slow->setLevelRole(SlowQueryModel::LevelRole, SlowQueryModel::LevelColumn);
    slow->setColumnUnit(SlowQueryModel::MeanColumn, QStringLiteral("ms"));
    const auto levelText = [](int role) {
        return [role](const QModelIndex &index) {
            return LevelPalette::displayName(Level(index.data(role).toInt()));
        };
    };
    slow->setDisplayText(SlowQueryModel::LevelColumn, levelText(SlowQueryModel::LevelRole));
    auto *slowPane = new TablePane(session->slowQueries(), slow, m_tableTabs);
    slowPane->enableCopyText(SlowQueryModel::QueryTextRole, tr("Copy statement"));
    slowPane->addContextProvider([this](QMenu *menu, const QModelIndex &index) { addQueryActions(menu, index); });
    slowPane->setStretchColumn(SlowQueryModel::QueryColumn);
    slowPane->view()->sortByColumn(SlowQueryModel::MeanColumn, Qt::DescendingOrder);

    QHash<QString, QString> units;
    for (auto it = session->profile().thresholds.cbegin(); it != session->profile().thresholds.cend(); ++it)
        units.insert(it.key(), it->unit);
    auto *alerts = new PresentationProxy;
    alerts->setLevelRole(AlertModel::LevelRole, AlertModel::LevelColumn);
    alerts->setColumnUnitFromMetric(AlertModel::PeakColumn, AlertModel::UnitMetricRole, units);
    alerts->setColumnUnit(AlertModel::DurationColumn, QStringLiteral("seconds"));
    alerts->setDisplayText(AlertModel::LevelColumn, levelText(AlertModel::LevelRole));
    auto *alertPane = new TablePane(session->alerts(), alerts, m_tableTabs);
    alertPane->setStretchColumn(AlertModel::SummaryColumn);
    alertPane->view()->sortByColumn(AlertModel::StartColumn, Qt::DescendingOrder);

    auto *sources = new PresentationProxy;
    sources->setLevelRole(SourceStatusModel::LevelRole, SourceStatusModel::StateColumn);
    sources->setColumnUnit(SourceStatusModel::LatencyColumn, QStringLiteral("ms"));
    sources->setDisplayText(SourceStatusModel::StateColumn, [](const QModelIndex &index) {
        return LevelPalette::stateDisplayName(SourceStatus::State(index.data(SourceStatusModel::StateRole).toInt()));
    });
    auto *sourcePane = new TablePane(session->sources(), sources, m_tableTabs);
    sourcePane->setStretchColumn(SourceStatusModel::MessageColumn);

    m_tables = {slowPane, alertPane, sourcePane};
    m_tableTabs->addTab(slowPane, tr("Slow queries"));
    m_tableTabs->addTab(alertPane, tr("Alerts"));
    m_tableTabs->addTab(sourcePane, tr("Sources"));
    if (std::any_of(session->profile().sources.cbegin(), session->profile().sources.cend(),
                    [](const SourceConfig &source) { return source.kind == SourceKind::Postgres; })) {
        auto *advice = new RecommendationsPane(session, m_tableTabs);
        connect(advice, &RecommendationsPane::actionRequested, this, &DashboardView::actionRequested);
        m_tables.append(advice);
        m_tableTabs->addTab(advice, tr("Index advice"));
    }

    addTile(tr("Pools"),
            {QStringLiteral("pool_utilisation"), QStringLiteral("pool_waiting_clients"),
             QStringLiteral("connection_utilisation")},
            0, SourcesTable);
    addTile(
        tr("Cache"),
        {QStringLiteral("cache_hit_rate"), QStringLiteral("memory_utilisation"), QStringLiteral("evicted_keys_rate")},
        1, AlertsTable);
    addTile(tr("CDC lag"),
            {QStringLiteral("cdc_lag_seconds"), QStringLiteral("cdc_slot_inactive_seconds"),
             QStringLiteral("replication_lag_seconds")},
            2, AlertsTable);
    addTile(tr("Slow queries"),
            {QStringLiteral("slow_query_ms"), QStringLiteral("slow_query_rate"), QStringLiteral("latency_p99_ms")}, 3,
            SlowQueriesTable);
    m_tileRow->addStretch(0);
    m_tiles[3]->setLabeler(m_panels[3]->labeler());

    m_splitter->addWidget(m_panelTabs);
    m_splitter->addWidget(m_tableTabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(m_tileRow);
    layout->addWidget(m_splitter, 1);

    // Tiles follow the polls, a few times a second at most.
    m_tileTimer.setSingleShot(true);
    m_tileTimer.setInterval(200);
    connect(&m_tileTimer, &QTimer::timeout, this, &DashboardView::refreshTiles);
    connect(session->store(), &MetricStore::samplesAppended, &m_tileTimer, qOverload<>(&QTimer::start));
    connect(session->sources(), &QAbstractItemModel::dataChanged, &m_tileTimer, qOverload<>(&QTimer::start));
    refreshTiles();
}

void DashboardView::addTile(const QString &title, const QStringList &metrics, int panel, Table table)
{
    auto *tile = new StatusTile(this);
    TileState empty;
    empty.title = title;
    empty.metrics = metrics;
    tile->setState(empty);
    tile->setProperty("metrics", metrics);
    connect(tile, &StatusTile::clicked, this, [this, panel, table] {
        showPanel(panel);
        showTable(table);
    });
    m_tiles.append(tile);
    m_tileRow->addWidget(tile, 1);
}

ChartPanel *DashboardView::currentPanel() const
{
    return qobject_cast<ChartPanel *>(m_panelTabs->currentWidget());
}

void DashboardView::showPanel(int index)
{
    if (index >= 0 && index < m_panels.size())
        m_panelTabs->setCurrentIndex(index);
}

TablePane *DashboardView::currentTable() const
{
    return qobject_cast<TablePane *>(m_tableTabs->currentWidget());
}

void DashboardView::showTable(Table which)
{
    m_tableTabs->setCurrentIndex(int(which));
}

void DashboardView::refreshTiles()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // A series counts while it is fresh: three poll intervals.
    const qint64 fresh = now - 3 * m_session->profile().interval.count();
    for (auto *tile : std::as_const(m_tiles)) {
        const QStringList metrics = tile->property("metrics").toStringList();
        tile->setState(TileState::compute(tile->state().title, metrics, *m_session->store(), *m_session->engine(),
                                          fresh, now, 120));
    }
    rebuildErrorTiles();
}

void DashboardView::rebuildErrorTiles()
{
    QList<QPair<QString, QString>> failing;
    for (const auto &source : m_session->profile().sources) {
        const SourceStatus status = m_session->sources()->status(source.name);
        if (status.state == SourceStatus::State::Error)
            failing.append({source.name, status.message});
    }
    while (m_errorTiles.size() > failing.size())
        delete m_errorTiles.takeLast();
    while (m_errorTiles.size() < failing.size()) {
        auto *tile = new StatusTile(this);
        connect(tile, &StatusTile::clicked, this, [this] { showTable(SourcesTable); });
        m_tileRow->insertWidget(m_tileRow->count() - 1, tile, 1);
        m_errorTiles.append(tile);
    }
    for (int i = 0; i < failing.size(); ++i)
        m_errorTiles[i]->setError(failing[i].first, failing[i].second);
}

void DashboardView::addQueryActions(QMenu *menu, const QModelIndex &index)
{
    const auto &queries = m_session->slowQueries()->queries();
    if (index.row() < 0 || index.row() >= queries.size())
        return;
    const SlowQuery &query = queries.at(index.row());
    const SourceConfig *source = m_session->profile().source(query.source);
    if (!source || (source->kind != SourceKind::Postgres && source->kind != SourceKind::ClickHouse))
        return;
    ActionRequest request;
    request.kind = ActionRequest::Kind::CancelQuery;
    request.source = query.source;
    request.origin = QStringLiteral("gui");
    if (source->kind == SourceKind::Postgres) {
        if (!query.pid) {
            menu->addAction(tr("Cancel query (not running)"))->setEnabled(false);
            return;
        }
        request.pid = *query.pid;
    } else {
        if (!query.running) {
            menu->addAction(tr("Cancel query (not running)"))->setEnabled(false);
            return;
        }
        request.queryId = query.id;
    }
    menu->addAction(tr("Cancel query…"), this, [this, request] { Q_EMIT actionRequested(request); });
    if (source->kind == SourceKind::Postgres) {
        ActionRequest terminate = request;
        terminate.terminate = true;
        menu->addAction(tr("Terminate backend…"), this, [this, terminate] { Q_EMIT actionRequested(terminate); });
    }
}

} // namespace Pitwall
