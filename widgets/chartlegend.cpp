#include "chartlegend.h"

#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace Pitwall {

namespace {
constexpr qreal swatchWidth = 14;
constexpr qreal gap = 6; // between swatch and text
constexpr qreal spacing = 14; // between entries
constexpr qreal margin = 4;
} // namespace

ChartLegend::ChartLegend(QWidget *parent)
    : QWidget(parent)
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    setFont(small);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
}

void ChartLegend::setEntries(const QList<Entry> &entries)
{
    const bool sameLayout = entries.size() == m_entries.size()
        && std::equal(entries.cbegin(), entries.cend(), m_entries.cbegin(),
                      [](const Entry &a, const Entry &b) { return a.label == b.label; });
    m_entries = entries;
    if (!sameLayout)
        updateGeometry();
    update();
}

QList<QRectF> ChartLegend::layout(qreal width) const
{
    const QFontMetricsF metrics(font());
    const qreal line = metrics.height();
    const qreal usable = std::max<qreal>(width - 2 * margin, swatchWidth + gap + 20);
    QList<QRectF> boxes;
    qreal x = margin;
    qreal y = margin / 2;
    qreal rowHeight = line;
    for (const Entry &entry : m_entries) {
        const qreal textWidth = std::ceil(metrics.horizontalAdvance(entry.label)) + 1;
        qreal boxWidth = swatchWidth + gap + textWidth;
        qreal boxHeight = line;
        if (boxWidth > usable) {
            // Wider than the chart: a row of its own, the text wrapped.
            const QRectF wrapped = metrics.boundingRect(QRectF(0, 0, usable - swatchWidth - gap, 1e6),
                                                        Qt::TextWordWrap | Qt::TextWrapAnywhere, entry.label);
            boxWidth = usable;
            boxHeight = std::max(line, wrapped.height());
        }
        if (x > margin && x + boxWidth > margin + usable) {
            x = margin;
            y += rowHeight + 2;
            rowHeight = line;
        }
        boxes.append(QRectF(x, y, boxWidth, boxHeight));
        rowHeight = std::max(rowHeight, boxHeight);
        x += boxWidth + spacing;
    }
    return boxes;
}

int ChartLegend::heightFor(qreal width) const
{
    if (m_entries.isEmpty())
        return 0;
    qreal bottom = 0;
    for (const QRectF &box : layout(width))
        bottom = std::max(bottom, box.bottom());
    return int(std::ceil(bottom + margin / 2));
}

QSize ChartLegend::sizeHint() const
{
    return {200, heightFor(width() > 0 ? width() : 200)};
}

void ChartLegend::paintEntries(QPainter *painter, const QRectF &area) const
{
    const QList<QRectF> boxes = layout(area.width());
    const QFontMetricsF metrics(font());
    painter->save();
    painter->setFont(font());
    painter->setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < boxes.size(); ++i) {
        const Entry &entry = m_entries[i];
        const QRectF box = boxes[i].translated(area.topLeft());
        const qreal alpha = entry.hidden ? 0.35 : 1.0;
        QColor swatch = entry.color;
        swatch.setAlphaF(alpha);
        const qreal middle = box.top() + metrics.height() / 2;
        painter->setPen(QPen(swatch, 3, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(box.left() + 1.5, middle), QPointF(box.left() + swatchWidth - 1.5, middle));
        QColor text = palette().color(QPalette::WindowText);
        text.setAlphaF(alpha);
        painter->setPen(text);
        painter->drawText(box.adjusted(swatchWidth + gap, 0, 0, 0),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap | Qt::TextWrapAnywhere, entry.label);
    }
    painter->restore();
}

void ChartLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintEntries(&painter, QRectF(rect()));
}

void ChartLegend::mouseReleaseEvent(QMouseEvent *event)
{
    const QList<QRectF> boxes = layout(width());
    for (int i = 0; i < boxes.size(); ++i) {
        if (boxes[i].contains(event->position())) {
            Q_EMIT toggled(m_entries[i].id);
            return;
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void ChartLegend::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // A wider or narrower chart may need another number of rows.
    if (heightFor(width()) != height())
        updateGeometry();
}

} // namespace Pitwall
