#include "reportwriter.h"

#include "alertmodel.h"
#include "chartpanel.h"
#include "dashboardview.h"
#include "formatter.h"
#include "pitwall_version.h"
#include "profileloader.h"
#include "session.h"
#include "slowquerymodel.h"
#include "sourcestatusmodel.h"
#include "tablepane.h"
#include "timechart.h"
#include "timewindow.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QScopeGuard>
#include <QStringList>

namespace Pitwall {

namespace {
/// The layout of every chart in a report: its PNG is 1600 px wide at this aspect.
constexpr QSize reportChartLayout(1200, 420);
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString time(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    *error = QStringLiteral("%1: %2").arg(path, file.errorString());
    return false;
}

/// A model as an HTML table, through the same presentation the window uses.
QString htmlTable(const QAbstractItemModel *model, int levelRole, int levelColumn, const QStringList &formatted)
{
    QString html = QStringLiteral("<table>\n<tr>");
    for (int column = 0; column < model->columnCount(); ++column)
        html += QStringLiteral("<th>%1</th>").arg(esc(model->headerData(column, Qt::Horizontal).toString()));
    html += QStringLiteral("</tr>\n");
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString level = levelName(Level(model->index(row, 0).data(levelRole).toInt()));
        html += QStringLiteral("<tr class=\"%1\">").arg(level);
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString text = formatted.value(row * model->columnCount() + column);
            html += column == levelColumn ? QStringLiteral("<td class=\"level\">%1</td>").arg(esc(text))
                                          : QStringLiteral("<td>%1</td>").arg(esc(text));
        }
        html += QStringLiteral("</tr>\n");
    }
    if (model->rowCount() == 0)
        html += QStringLiteral("<tr><td colspan=\"%1\">none</td></tr>\n").arg(model->columnCount());
    return html + QStringLiteral("</table>\n");
}

/// The display text of every cell, as the window shows it.
QStringList displayed(const TablePane *pane)
{
    QStringList cells;
    const QAbstractItemModel *presentation = pane->presentation();
    for (int row = 0; row < presentation->rowCount(); ++row) {
        for (int column = 0; column < presentation->columnCount(); ++column)
            cells << presentation->index(row, column).data().toString();
    }
    return cells;
}
} // namespace

ReportWriter::ReportWriter(Session *session, DashboardView *dashboard, TimeWindow *window)
    : m_session(session)
    , m_dashboard(dashboard)
    , m_window(window)
{ }

bool ReportWriter::write(const QString &directory, QString *error) const
{
    if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("%1: cannot create the directory").arg(directory);
        return false;
    }
    const QDir dir(directory);
    const Profile &profile = m_session->profile();

    QString charts;
    for (auto *panel : m_dashboard->panels()) {
        // Every chart of a report at one size, whatever the window shows.
        panel->chart()->setExportLayout(reportChartLayout);
        const auto onScreen = qScopeGuard([panel] {
            panel->chart()->setExportLayout({});
            panel->refreshNow();
        });
        panel->refreshNow();
        const QString base = panel->metric();
        if (!panel->savePng(dir.filePath(base + QStringLiteral(".png")), 1600)) {
            *error = QStringLiteral("%1: cannot write the chart").arg(dir.filePath(base + QStringLiteral(".png")));
            return false;
        }
        if (!panel->saveSvg(dir.filePath(base + QStringLiteral(".svg")))
            || !writeFile(dir.filePath(base + QStringLiteral(".csv")), panel->toCsv(), error)) {
            if (error->isEmpty())
                *error = QStringLiteral("%1: cannot write the chart").arg(dir.filePath(base + QStringLiteral(".svg")));
            return false;
        }
        charts += QStringLiteral("<figure><img src=\"%1.png\" alt=\"%2\"><figcaption>%2 — "
                                 "<a href=\"%1.svg\">SVG</a> · <a href=\"%1.csv\">CSV</a></figcaption></figure>\n")
                      .arg(base, esc(panel->title()));
    }

    const struct
    {
        DashboardView::Table table;
        const char *file;
    } tables[] = {{DashboardView::AlertsTable, "alerts.csv"},
                  {DashboardView::SlowQueriesTable, "slow_queries.csv"},
                  {DashboardView::SourcesTable, "sources.csv"}};
    for (const auto &table : tables) {
        if (!writeFile(dir.filePath(QLatin1String(table.file)), m_dashboard->table(table.table)->toCsv(), error))
            return false;
    }

    QString sources = QStringLiteral("<table>\n<tr><th>Source</th><th>Kind</th><th>Address</th><th>Status</th></tr>\n");
    for (const auto &source : profile.sources) {
        const SourceStatus status = m_session->sources()->status(source.name);
        sources += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                       .arg(esc(source.name), sourceKindName(source.kind), esc(sourceAddress(source)),
                            esc(sourceStateName(status.state)
                                + (status.message.isEmpty() ? QString() : QStringLiteral(": ") + status.message)));
    }
    sources += QStringLiteral("</table>\n");

    QStringList overrides;
    const auto defaults = ProfileLoader::defaultThresholds();
    for (auto it = profile.thresholds.cbegin(); it != profile.thresholds.cend(); ++it) {
        if (!(defaults.value(it.key()) == *it))
            overrides << esc(it.key());
    }

    const TablePane *alerts = m_dashboard->table(DashboardView::AlertsTable);
    const TablePane *slow = m_dashboard->table(DashboardView::SlowQueriesTable);
    const QString html
        = QStringLiteral(
              "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
              "<title>Pitwall report — %1</title>\n<style>\n"
              "body{font-family:sans-serif;margin:2em;color:#222}h1{margin-bottom:0}.meta{color:#555}\n"
              "table{border-collapse:collapse;margin:1em 0;font-size:90%}td,th{border:1px solid #ccc;padding:3px 8px;"
              "text-align:left}\nth{background:#eee}figure{display:inline-block;margin:0 1em 1em 0}img{max-width:780px;"
              "border:1px solid #ddd}\ntr.warning td.level{background:#f5a623}tr.critical td.level{background:#e64a19;"
              "color:#fff}\ntr.emergency td.level{background:#8e24aa;color:#fff}tr.ok "
              "td.level{background:#2e7d32;color:#fff}\n"
              "</style></head><body>\n"
              "<h1>Pitwall report — %1</h1>\n"
              "<p class=\"meta\">From %2 to %3 · written %4 by Pitwall %5</p>\n"
              "<h2>Profile</h2>\n<p>%6 · poll interval %7 · limits changed from the defaults: %8</p>\n%9"
              "<h2>Charts</h2>\n%10"
              "<h2>Alerts</h2>\n<p><a href=\"alerts.csv\">CSV</a></p>\n%11"
              "<h2>Slow queries</h2>\n<p><a href=\"slow_queries.csv\">CSV</a></p>\n%12"
              "<p><a href=\"sources.csv\">Sources as CSV</a></p>\n</body></html>\n")
              .arg(esc(QFileInfo(profile.filePath).fileName()), time(m_window->fromMs()), time(m_window->toMs()),
                   time(QDateTime::currentMSecsSinceEpoch()), QStringLiteral(PITWALL_VERSION),
                   esc(QFileInfo(profile.filePath).fileName()),
                   Formatter::value(double(profile.interval.count()), QStringLiteral("ms")),
                   overrides.isEmpty() ? QStringLiteral("none") : overrides.join(QLatin1String(", ")), sources)
              .arg(charts,
                   htmlTable(alerts->sourceModel(), AlertModel::LevelRole, AlertModel::LevelColumn, displayed(alerts)),
                   htmlTable(slow->sourceModel(), SlowQueryModel::LevelRole, SlowQueryModel::LevelColumn,
                             displayed(slow)));
    return writeFile(dir.filePath(QStringLiteral("index.html")), html.toUtf8(), error);
}

} // namespace Pitwall
