#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

namespace Pitwall {

/// A chart's legend under its plot: per series a swatch in its colour and its
/// label, in as many rows as the width needs, never elided (a label wider than
/// the chart wraps). A click on an entry hides or shows its series; a hidden
/// one is drawn faint. Exports paint it with paintEntries().
class ChartLegend : public QWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        QString id;
        QString label;
        QColor color;
        bool hidden = false;
    };

    explicit ChartLegend(QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    QList<Entry> entries() const { return m_entries; }

    /// The height the entries take at @p width.
    int heightFor(qreal width) const;
    /// Paints the entries laid out in @p area.
    void paintEntries(QPainter *painter, const QRectF &area) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return heightFor(width); }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return {0, heightFor(width())}; }

Q_SIGNALS:
    void toggled(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Where each entry goes at @p width: its whole box, swatch and text included.
    QList<QRectF> layout(qreal width) const;

    QList<Entry> m_entries;
};

} // namespace Pitwall
