#include "mainwindow.h"

#include "sourcestatusmodel.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QStatusBar>
#include <QTableView>

namespace Pitwall {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_sources(new SourceStatusModel(this))
    , m_sourceView(new QTableView(this))
{
    setWindowTitle(tr("Pitwall"));
    m_sourceView->setModel(m_sources);
    m_sourceView->verticalHeader()->hide();
    m_sourceView->horizontalHeader()->setStretchLastSection(true);
    m_sourceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sourceView->setAlternatingRowColors(true);
    setCentralWidget(m_sourceView);
    statusBar()->showMessage(tr("No profile open"));
    resize(1200, 760);
}

void MainWindow::setProfile(const Profile &profile)
{
    m_sources->setSources(profile.sources);
    m_sourceView->resizeColumnsToContents();
    setWindowTitle(tr("Pitwall — %1").arg(QFileInfo(profile.filePath).fileName()));
    statusBar()->showMessage(tr("%n source(s) from %1", nullptr, int(profile.sources.size())).arg(profile.filePath));
}

} // namespace Pitwall
