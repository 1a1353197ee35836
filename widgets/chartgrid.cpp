#include "chartgrid.h"

#include "chartpanel.h"

#include <QGridLayout>
#include <QResizeEvent>

#include <algorithm>

namespace Pitwall {

ChartGrid::ChartGrid(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    // The number of rows follows the width, so the charts' own minimum heights
    // must not become the window's: laid out in one column before the window
    // has a width, eight charts would ask for more height than any screen has.
    m_layout->setSizeConstraint(QLayout::SetNoConstraint);
}

QSize ChartGrid::minimumSizeHint() const
{
    return {minimumChartWidth, 2 * 120};
}

QSize ChartGrid::sizeHint() const
{
    return {3 * minimumChartWidth, 3 * 200};
}

void ChartGrid::addPanel(ChartPanel *panel)
{
    panel->setParent(this);
    m_panels.append(panel);
    connect(panel, &ChartPanel::maximiseRequested, this, [this, panel] {
        if (m_maximised == panel)
            restore();
        else
            maximise(panel);
    });
    m_columns = 0; // lay out again, whatever the width
    relayout();
}

int ChartGrid::columnsFor(QSize size, int charts)
{
    // The columns that give the smallest chart the most room, a chart being
    // worth its height or two thirds of its width, whichever is less: wide
    // charts in short rows read no better than narrow ones in tall rows.
    int best = 1;
    double bestRoom = -1;
    for (int columns = 1; columns <= std::min(4, std::max(1, charts)); ++columns) {
        const int width = size.width() / columns;
        if (columns > 1 && width < minimumChartWidth)
            break;
        const int rows = (charts + columns - 1) / columns;
        const double room = std::min(width / 1.5, double(size.height()) / std::max(1, rows));
        if (room > bestRoom) {
            bestRoom = room;
            best = columns;
        }
    }
    return best;
}

void ChartGrid::maximise(ChartPanel *panel)
{
    if (!m_panels.contains(panel) || m_maximised == panel)
        return;
    m_maximised = panel;
    m_columns = 0;
    relayout();
    Q_EMIT maximisedChanged(panel);
}

void ChartGrid::restore()
{
    if (!m_maximised)
        return;
    m_maximised = nullptr;
    m_columns = 0;
    relayout();
    Q_EMIT maximisedChanged(nullptr);
}

void ChartGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void ChartGrid::relayout()
{
    const int columns = m_maximised ? 1 : columnsFor(size(), int(m_panels.size()));
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (ChartPanel *panel : std::as_const(m_panels))
        m_layout->removeWidget(panel);
    for (int row = 0; row < m_layout->rowCount(); ++row)
        m_layout->setRowStretch(row, 0);
    for (int column = 0; column < m_layout->columnCount(); ++column)
        m_layout->setColumnStretch(column, 0);
    int index = 0;
    for (ChartPanel *panel : std::as_const(m_panels)) {
        const bool shown = !m_maximised || panel == m_maximised;
        panel->setVisible(shown);
        if (!shown)
            continue;
        m_layout->addWidget(panel, index / columns, index % columns);
        m_layout->setRowStretch(index / columns, 1);
        m_layout->setColumnStretch(index % columns, 1);
        ++index;
    }
}

} // namespace Pitwall
