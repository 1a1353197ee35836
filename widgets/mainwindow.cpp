#include "mainwindow.h"

#include "alertmodel.h"
#include "session.h"
#include "slowquerymodel.h"
#include "sourcestatusmodel.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Pitwall {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Pitwall"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_summary = new QLabel(tr("No profile open"), central);
    QFont font = m_summary->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_summary->setFont(font);
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Vertical, central);
    m_sourceView = addTable(tr("Sources"), splitter);
    m_alertView = addTable(tr("Alerts"), splitter);
    m_slowView = addTable(tr("Slow queries"), splitter);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    resize(1200, 760);
}

QTableView *MainWindow::addTable(const QString &title, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, box);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    auto *view = new QTableView(box);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(false);
    layout->addWidget(label);
    layout->addWidget(view);
    return view;
}

void MainWindow::setSession(Session *session)
{
    m_session = session;
    m_sourceView->setModel(session->sources());
    m_alertView->setModel(session->alerts());
    m_slowView->setModel(session->slowQueries());
    m_sourceView->resizeColumnsToContents();
    setWindowTitle(tr("Pitwall — %1").arg(QFileInfo(session->profile().filePath).fileName()));
    statusBar()->showMessage(
        tr("%n source(s) from %1", nullptr, int(session->profile().sources.size())).arg(session->profile().filePath));
    connect(session->sources(), &QAbstractItemModel::dataChanged, this, &MainWindow::updateSummary);
    connect(session->alerts(), &QAbstractItemModel::rowsInserted, this, &MainWindow::updateSummary);
    connect(session->alerts(), &QAbstractItemModel::dataChanged, this, &MainWindow::updateSummary);
    updateSummary();
}

void MainWindow::updateSummary()
{
    if (!m_session)
        return;
    int open = 0;
    Level worst = Level::Ok;
    for (const auto &alert : m_session->alerts()->alerts()) {
        if (alert.isOpen()) {
            ++open;
            worst = std::max(worst, alert.currentLevel);
        }
    }
    int failing = 0;
    for (const auto &source : m_session->profile().sources) {
        if (m_session->sources()->status(source.name).state == SourceStatus::State::Error)
            ++failing;
    }
    m_summary->setText(
        tr("%1 — %2 open alert(s), %3 source(s) in error").arg(levelName(worst).toUpper()).arg(open).arg(failing));
    m_sourceView->resizeColumnsToContents();
}

} // namespace Pitwall
