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

class ChartPanel;
class Session;
class StatusTile;
class TablePane;
class TimeWindow;

/// The dashboard of one session: overview tiles on top, the chart panels,
/// and the tables (slow queries, alerts, sources). A tile's click brings its
/// panel and table forward.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    enum Table { SlowQueriesTable, AlertsTable, SourcesTable, RecommendationsTable };

    DashboardView(Session *session, TimeWindow *window, QWidget *parent = nullptr);

    QList<ChartPanel *> panels() const { return m_panels; }
    ChartPanel *currentPanel() const;
    void showPanel(int index);
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
    void addTile(const QString &title, const QStringList &metrics, int panel, Table table);
    void rebuildErrorTiles();
    void addQueryActions(QMenu *menu, const QModelIndex &index);

    Session *m_session;
    TimeWindow *m_window;
    QHBoxLayout *m_tileRow;
    QList<StatusTile *> m_tiles;
    QList<StatusTile *> m_errorTiles;
    QList<ChartPanel *> m_panels;
    QList<TablePane *> m_tables;
    QTabWidget *m_panelTabs;
    QTabWidget *m_tableTabs;
    QSplitter *m_splitter;
    QTimer m_tileTimer;
};

} // namespace Pitwall
