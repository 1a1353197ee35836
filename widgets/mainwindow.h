#pragma once

#include <QMainWindow>

class QLabel;
class QTableView;

namespace Pitwall {

class Session;

/// The dashboard's window. Shows what a Session collects and delegates each
/// view to its own widget; holds no polling or parsing logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Shows @p session (not owned), whose profile has been validated.
    void setSession(Session *session);

private:
    QTableView *addTable(const QString &title, QWidget *parent);
    void updateSummary();

    Session *m_session = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_sourceView = nullptr;
    QTableView *m_alertView = nullptr;
    QTableView *m_slowView = nullptr;
};

} // namespace Pitwall
