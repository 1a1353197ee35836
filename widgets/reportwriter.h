#pragma once

#include <QCoreApplication>
#include <QString>

namespace Pitwall {

class DashboardView;
class Session;
class TimeWindow;

/// Writes an incident report bundle: index.html with the charts (PNG, and SVG
/// beside them), the alert and slow-query tables, the time range and the
/// profile's summary (sources and limits, never a secret), plus a CSV of every
/// chart's data and every table. The HTML links only files it wrote; it reads
/// in the window's language.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Pitwall::ReportWriter)

public:
    ReportWriter(Session *session, DashboardView *dashboard, TimeWindow *window);

    bool write(const QString &directory, QString *error) const;

private:
    Session *m_session;
    DashboardView *m_dashboard;
    TimeWindow *m_window;
};

} // namespace Pitwall
