#pragma once

#include "actionrequest.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class QHBoxLayout;
class QMenu;
class QModelIndex;
class QSplitter;
class QTabWidget;

namespace Pitwall {

class ChartGrid;
class ChartPanel;
class Session;
class StatusTile;
class TablePane;
class TimeWindow;

/// The dashboard of one session: overview tiles on top, every chart panel at
/// once in a grid, and the tables (slow queries, alerts, sources) below. A
/// tile's click shows its chart alone and brings its table forward; Esc
/// shows the grid again. Hovering one chart draws a crosshair at that time on
/// all of them; they share one time window.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    enum Table { SlowQueriesTable, AlertsTable, SourcesTable, RecommendationsTable };

    DashboardView(Session *session, TimeWindow *window, QWidget *parent = nullptr);

    /// The fixed charts, in order: translated title and metric (the View menu's Ctrl+1…).
    static QList<std::pair<QString, QString>> fixedPanels();

    QList<ChartPanel *> panels() const { return m_panels; }
    ChartPanel *panel(const QString &metric) const;
    /// The chart shown alone, else the one last hovered or clicked, else the first.
    ChartPanel *currentPanel() const;
    /// Shows the panel alone, in the whole chart area (a tile's click, Ctrl+1…).
    void showPanel(int index);
    void showPanel(const QString &metric);
    /// Shows every chart again.
    void showAllPanels();
    ChartGrid *chartGrid() const { return m_charts; }
    TablePane *table(Table which) const { return m_tables.value(which); }
    TablePane *currentTable() const;
    void showTable(Table which);
    QList<StatusTile *> tiles() const { return m_tiles; }
    QSplitter *splitter() const { return m_splitter; }

    /// Recomputes the tiles now (they also follow every poll).
    void refreshTiles();

Q_SIGNALS:
    /// A person chose an action from a table's context menu (cancel a query…); it is yet to be planned.
    void actionRequested(const Pitwall::ActionRequest &request);

private:
    void addPanel(ChartPanel *panel);
    void addTile(const QString &title, const QStringList &metrics, const QString &panel, Table table);
    void rebuildErrorTiles();
    void addQueryActions(QMenu *menu, const QModelIndex &index);

    Session *m_session;
    TimeWindow *m_window;
    QHBoxLayout *m_tileRow;
    QList<StatusTile *> m_tiles;
    QList<StatusTile *> m_errorTiles;
    QList<ChartPanel *> m_panels;
    QList<TablePane *> m_tables;
    ChartGrid *m_charts;
    ChartPanel *m_current = nullptr;
    QTabWidget *m_tableTabs;
    QSplitter *m_splitter;
    QTimer m_tileTimer;
};

} // namespace Pitwall
