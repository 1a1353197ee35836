#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;

namespace Pitwall {

class ChartPanel;

/// Every chart of the dashboard at once, in the columns (one to four, each
/// chart at least minimumChartWidth wide) that give each chart the most room. One chart
/// can be maximised to the whole grid (a double-click, a tile's click) and the
/// grid restored (Esc, or a double-click again).
class ChartGrid : public QWidget
{
    Q_OBJECT

public:
    explicit ChartGrid(QWidget *parent = nullptr);

    void addPanel(ChartPanel *panel);
    QList<ChartPanel *> panels() const { return m_panels; }
    /// The columns the grid lays @p charts out in at @p size.
    static int columnsFor(QSize size, int charts);
    int columns() const { return m_columns; }

    /// Shows @p panel alone, in the whole grid.
    void maximise(ChartPanel *panel);
    /// Shows every chart again.
    void restore();
    /// The chart shown alone, if one is.
    ChartPanel *maximised() const { return m_maximised; }

    static constexpr int minimumChartWidth = 300;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

Q_SIGNALS:
    void maximisedChanged(Pitwall::ChartPanel *panel);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayout();

    QGridLayout *m_layout;
    QList<ChartPanel *> m_panels;
    ChartPanel *m_maximised = nullptr;
    int m_columns = 0;
};

} // namespace Pitwall
