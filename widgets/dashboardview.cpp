#include "dashboardview.h"

#include "alertmodel.h"
#include "chartgrid.h"
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
#include <QShortcut>
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
// The four areas the platform guides keep coming back to, CDC's bytes beside its seconds, the
// request latency the default Prometheus and /metrics panels compute, and SQLite's WAL.
const PanelSpec panelSpecs[] = {
    {QT_TRANSLATE_NOOP("Pitwall::DashboardView", "Pool utilisation"), "pool_utilisation"},
    {QT_TRANSLATE_NOOP("Pitwall::DashboardView", "Cache hit rate"), "cache_hit_rate"},
    {QT_TRANSLATE_NOOP("Pitwall::DashboardView", "CDC lag"), "cdc_lag_seconds"},
    {QT_TRANSLATE_NOOP("Pitwall::DashboardView", "Slow queries"), "slow_query_ms"},
    {QT_TRANSLATE_NOOP("Pitwall::DashboardView", "CDC bytes retained"), "cdc_lag_bytes"},
    {QT_TRANSLATE_NOOP("Pitwall::DashboardView", "Latency p95"), "latency_p95_ms"},
    {QT_TRANSLATE_NOOP("Pitwall::DashboardView", "Latency p99"), "latency_p99_ms"},
    {QT_TRANSLATE_NOOP("Pitwall::DashboardView", "SQLite WAL"), "sqlite_wal_bytes"},
};
} // namespace

QList<std::pair<QString, QString>> DashboardView::fixedPanels()
{
    QList<std::pair<QString, QString>> panels;
    for (const auto &spec : panelSpecs)
        panels.append({tr(spec.title), QLatin1String(spec.metric)});
    return panels;
}

DashboardView::DashboardView(Session *session, TimeWindow *window, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_window(window)
    , m_tileRow(new QHBoxLayout)
    , m_charts(new ChartGrid(this))
    , m_tableTabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    const bool hasSqlite = std::any_of(session->profile().sources.cbegin(), session->profile().sources.cend(),
                                       [](const SourceConfig &source) { return source.kind == SourceKind::Sqlite; });
    for (const auto &spec : panelSpecs) {
        if (QLatin1String(spec.metric) == QLatin1String("sqlite_wal_bytes") && !hasSqlite)
            continue; // only a SQLite source reports it
        addPanel(new ChartPanel(tr(spec.title), QLatin1String(spec.metric), session->store(), session->engine(), window,
                                m_charts));
    }
    // A metric the profile's own panels declare gets a chart of its own, after the fixed ones.
    QStringList declared;
    for (const auto &spec : session->profile().panels) {
        if (!spec.declared || declared.contains(spec.metric))
            continue;
        declared << spec.metric;
        addPanel(new ChartPanel(spec.metric, spec.metric, session->store(), session->engine(), window, m_charts));
    }
    // Slow statements are named by their text, not their queryid.
    panel(QStringLiteral("slow_query_ms"))->setLabeler([session](const SeriesKey &key) -> QString {
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
    connect(session, &Session::recorderFailed, this, &DashboardView::rebuildErrorTiles);
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
            QStringLiteral("pool_utilisation"), SourcesTable);
    addTile(
        tr("Cache"),
        {QStringLiteral("cache_hit_rate"), QStringLiteral("memory_utilisation"), QStringLiteral("evicted_keys_rate")},
        QStringLiteral("cache_hit_rate"), AlertsTable);
    addTile(tr("CDC lag"),
            {QStringLiteral("cdc_lag_seconds"), QStringLiteral("cdc_slot_inactive_seconds"),
             QStringLiteral("replication_lag_seconds")},
            QStringLiteral("cdc_lag_seconds"), AlertsTable);
    addTile(tr("Slow queries"),
            {QStringLiteral("slow_query_ms"), QStringLiteral("slow_query_rate"), QStringLiteral("latency_p99_ms")},
            QStringLiteral("slow_query_ms"), SlowQueriesTable);
    if (hasSqlite)
        addTile(tr("SQLite"), {QStringLiteral("sqlite_wal_bytes"), QStringLiteral("sqlite_freelist_ratio")},
                QStringLiteral("sqlite_wal_bytes"), SourcesTable);
    m_tileRow->addStretch(0);
    m_tiles[3]->setLabeler(panel(QStringLiteral("slow_query_ms"))->labeler());

    // The charts get most of the height; the tables what is left, a few rows at least.
    m_splitter->addWidget(m_charts);
    m_splitter->addWidget(m_tableTabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_tableTabs->setMinimumHeight(120);
    m_splitter->setSizes({700, 240});

    auto *restore = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &DashboardView::showAllPanels);
    restore->setContext(Qt::WidgetWithChildrenShortcut);

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

void DashboardView::addPanel(ChartPanel *panel)
{
    panel->setPollInterval(m_session->profile().interval);
    m_panels.append(panel);
    m_charts->addPanel(panel);
    connect(panel, &ChartPanel::maximiseRequested, this, [this, panel] { m_current = panel; });
    connect(panel, &ChartPanel::hovered, this, [this, panel](qint64 timeMs) {
        if (timeMs >= 0)
            m_current = panel;
        for (ChartPanel *other : std::as_const(m_panels))
            other->chart()->setCrosshair(other == panel ? -1 : timeMs);
    });
}

ChartPanel *DashboardView::panel(const QString &metric) const
{
    for (ChartPanel *panel : m_panels) {
        if (panel->metric() == metric)
            return panel;
    }
    return nullptr;
}

void DashboardView::addTile(const QString &title, const QStringList &metrics, const QString &panel, Table table)
{
    auto *tile = new StatusTile(this);
    TileState empty;
    empty.title = title;
    empty.metrics = metrics;
    tile->setState(empty);
    tile->setProperty("metrics", metrics);
    connect(tile, &StatusTile::clicked, this, [this, panel, table] {
        // A second click on the tile of the chart shown alone brings the grid back.
        if (m_charts->maximised() && m_charts->maximised() == this->panel(panel))
            showAllPanels();
        else
            showPanel(panel);
        showTable(table);
    });
    m_tiles.append(tile);
    m_tileRow->addWidget(tile, 1);
}

ChartPanel *DashboardView::currentPanel() const
{
    if (m_charts->maximised())
        return m_charts->maximised();
    return m_current ? m_current : m_panels.value(0);
}

void DashboardView::showPanel(int index)
{
    if (index < 0 || index >= m_panels.size())
        return;
    m_current = m_panels[index];
    m_charts->maximise(m_current);
}

void DashboardView::showPanel(const QString &metric)
{
    showPanel(int(m_panels.indexOf(panel(metric))));
}

void DashboardView::showAllPanels()
{
    m_charts->restore();
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
        if (status.state == SourceStatus::State::Error || status.state == SourceStatus::State::NoData)
            failing.append({source.name, status.message});
    }
    if (const QString error = m_session->recorderError(); !error.isEmpty())
        failing.append({tr("Session file"), tr("Not recording: %1").arg(error)});
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
