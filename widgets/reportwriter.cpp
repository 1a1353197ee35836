#include "reportwriter.h"

#include "alertmodel.h"
#include "chartpanel.h"
#include "dashboardview.h"
#include "formatter.h"
#include "levelpalette.h"
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
#include <QLocale>
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
        html += QStringLiteral("<tr><td colspan=\"%1\">%2</td></tr>\n")
                    .arg(model->columnCount())
                    .arg(QCoreApplication::translate("Pitwall::ReportWriter", "none"));
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
        *error = tr("%1: cannot create the directory").arg(directory);
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
            *error = tr("%1: cannot write the chart").arg(dir.filePath(base + QStringLiteral(".png")));
            return false;
        }
        if (!panel->saveSvg(dir.filePath(base + QStringLiteral(".svg")))
            || !writeFile(dir.filePath(base + QStringLiteral(".csv")), panel->toCsv(), error)) {
            if (error->isEmpty())
                *error = tr("%1: cannot write the chart").arg(dir.filePath(base + QStringLiteral(".svg")));
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

    QString sources = QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                          .arg(tr("Source"), tr("Kind"), tr("Address"), tr("Status"));
    for (const auto &source : profile.sources) {
        const SourceStatus status = m_session->sources()->status(source.name);
        sources += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                       .arg(esc(source.name), sourceKindName(source.kind), esc(sourceAddress(source)),
                            esc(LevelPalette::stateDisplayName(status.state)
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
    const QLocale locale;
    const QString language = locale.language() == QLocale::C ? QStringLiteral("en") : locale.bcp47Name();
    const QString title = tr("Pitwall report — %1").arg(esc(QFileInfo(profile.filePath).fileName()));
    QString html
        = QStringLiteral(
              "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">\n"
              "<title>%2</title>\n<style>\n"
              "body{font-family:sans-serif;margin:2em;color:#222}h1{margin-bottom:0}.meta{color:#555}\n"
              "table{border-collapse:collapse;margin:1em 0;font-size:90%}td,th{border:1px solid #ccc;padding:3px 8px;"
              "text-align:left}\nth{background:#eee}figure{display:inline-block;margin:0 1em 1em 0}img{max-width:780px;"
              "border:1px solid #ddd}\ntr.warning td.level{background:#f5a623}tr.critical td.level{background:#e64a19;"
              "color:#fff}\ntr.emergency td.level{background:#8e24aa;color:#fff}tr.ok "
              "td.level{background:#2e7d32;color:#fff}\n"
              "</style></head><body>\n<h1>%2</h1>\n")
              .arg(language, title);
    html += QStringLiteral("<p class=\"meta\">%1</p>\n")
                .arg(tr("From %1 to %2 · written %3 by Pitwall %4")
                         .arg(time(m_window->fromMs()), time(m_window->toMs()),
                              time(QDateTime::currentMSecsSinceEpoch()), QStringLiteral(PITWALL_VERSION)));
    html += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                .arg(tr("Profile"),
                     tr("%1 · poll interval %2 · limits changed from the defaults: %3")
                         .arg(esc(QFileInfo(profile.filePath).fileName()),
                              Formatter::value(double(profile.interval.count()), QStringLiteral("ms")),
                              overrides.isEmpty() ? tr("none") : overrides.join(QLatin1String(", "))))
        + sources;
    html += QStringLiteral("<h2>%1</h2>\n").arg(tr("Charts")) + charts;
    html += QStringLiteral("<h2>%1</h2>\n<p><a href=\"alerts.csv\">CSV</a></p>\n").arg(tr("Alerts"))
        + htmlTable(alerts->sourceModel(), AlertModel::LevelRole, AlertModel::LevelColumn, displayed(alerts));
    html += QStringLiteral("<h2>%1</h2>\n<p><a href=\"slow_queries.csv\">CSV</a></p>\n").arg(tr("Slow queries"))
        + htmlTable(slow->sourceModel(), SlowQueryModel::LevelRole, SlowQueryModel::LevelColumn, displayed(slow));
    html += QStringLiteral("<p><a href=\"sources.csv\">%1</a></p>\n</body></html>\n").arg(tr("Sources as CSV"));
    return writeFile(dir.filePath(QStringLiteral("index.html")), html.toUtf8(), error);
}

} // namespace Pitwall
