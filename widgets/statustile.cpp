#include "statustile.h"

#include "formatter.h"
#include "levelpalette.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Pitwall {

StatusTile::StatusTile(QWidget *parent)
    : QFrame(parent)
{
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize StatusTile::sizeHint() const
{
    return {240, 130};
}

QSize StatusTile::minimumSizeHint() const
{
    return {170, 130};
}

void StatusTile::setState(const TileState &state)
{
    m_state = state;
    m_error.clear();
    QString tip = state.title;
    if (state.hasData) {
        tip += QLatin1Char('\n') + state.worst.toString();
        tip += QLatin1Char('\n') + tr("%n series", nullptr, state.seriesCount);
    }
    setToolTip(tip);
    update();
}

void StatusTile::setError(const QString &source, const QString &message)
{
    m_state = TileState{};
    m_state.title = source;
    m_error = message;
    setToolTip(message);
    update();
}

QString StatusTile::defaultLabel(const SeriesKey &key)
{
    QStringList labels;
    for (auto it = key.labels.cbegin(); it != key.labels.cend(); ++it)
        labels << it.value();
    return labels.isEmpty() ? key.source : key.source + QLatin1Char(' ') + labels.join(QLatin1Char('/'));
}

QString StatusTile::sinceText() const
{
    if (m_state.sinceMs <= 0)
        return {};
    const QDateTime since = QDateTime::fromMSecsSinceEpoch(m_state.sinceMs);
    const qint64 minutes = (QDateTime::currentMSecsSinceEpoch() - m_state.sinceMs) / 60'000;
    const QString duration = minutes < 1 ? tr("just now")
        : minutes < 120                  ? tr("%n min", nullptr, int(minutes))
                                         : tr("%n h", nullptr, int(minutes / 60));
    return tr("since %1 (%2)").arg(QLocale().toString(since.time(), QStringLiteral("HH:mm")), duration);
}

void StatusTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const Level shown = m_state.hasData || !m_error.isEmpty() ? level() : Level::Unknown;
    const QColor strong = LevelPalette::color(shown, pal);
    const QRectF box = QRectF(rect()).adjusted(1, 1, -1, -1);

    // The level's colour fills the tile from warning up; ok stays quiet.
    const bool loud = shown >= Level::Warning && shown != Level::Unknown;
    painter.setPen(QPen(strong, hasFocus() ? 2.5 : 1.2));
    painter.setBrush(loud ? strong : pal.color(QPalette::Base));
    painter.drawRoundedRect(box, 6, 6);
    if (!loud) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(strong);
        painter.drawRoundedRect(QRectF(box.left(), box.top(), 6, box.height()), 3, 3);
    }
    const QColor text = loud ? LevelPalette::textOn(shown) : pal.color(QPalette::Text);
    QColor faint = text;
    faint.setAlphaF(0.75);

    const QRectF inner = box.adjusted(14, 8, -10, -8);
    QFont font = this->font();
    font.setBold(true);
    font.setCapitalization(QFont::AllUppercase);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    painter.setPen(faint);
    painter.drawText(inner, Qt::AlignLeft | Qt::AlignTop, m_state.title);

    font = this->font();
    if (!m_error.isEmpty()) {
        painter.setFont(font);
        painter.setPen(text);
        const QRectF area = inner.adjusted(0, 20, 0, 0);
        painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         fontMetrics().elidedText(m_error, Qt::ElideRight, int(area.width() * 3)));
        return;
    }
    if (!m_state.hasData) {
        painter.setFont(font);
        painter.setPen(faint);
        painter.drawText(inner.adjusted(0, 24, 0, 0), Qt::AlignLeft | Qt::AlignTop, tr("no data"));
        return;
    }

    // The value first, at its full width; the sparkline takes what is left on its right
    // (never less than the right 55 %), and is left out when too little is left.
    QFont big = this->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    const QString value = Formatter::value(m_state.value, m_state.unit);
    const double valueWidth = QFontMetricsF(big).horizontalAdvance(value);
    const double sparkLeft = std::max(inner.left() + valueWidth + 10, inner.left() + inner.width() * 0.45);
    const QRectF spark(sparkLeft, inner.top() + 20, inner.right() - sparkLeft, 34);
    if (m_state.sparkline.size() >= 2 && spark.width() >= 24) {
        const auto [lo, hi] = std::minmax_element(m_state.sparkline.cbegin(), m_state.sparkline.cend(),
                                                  [](const Point &a, const Point &b) { return a.value < b.value; });
        // A flat line is drawn through the middle, not along the bottom edge.
        const bool flat = hi->value - lo->value < 1e-12;
        const double low = flat ? lo->value - 1 : lo->value;
        const double range = flat ? 2 : hi->value - lo->value;
        const double t0 = double(m_state.sparkline.first().timeMs);
        const double span = std::max(double(m_state.sparkline.last().timeMs) - t0, 1.0);
        QPainterPath path;
        for (int i = 0; i < m_state.sparkline.size(); ++i) {
            const auto &p = m_state.sparkline[i];
            const QPointF at(spark.left() + (double(p.timeMs) - t0) / span * spark.width(),
                             spark.bottom() - (p.value - low) / range * spark.height());
            i == 0 ? path.moveTo(at) : path.lineTo(at);
        }
        painter.setPen(QPen(loud ? text : strong, 1.6));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    }

    painter.setFont(big);
    painter.setPen(text);
    painter.drawText(QRectF(inner.left(), inner.top() + 18, inner.width(), 40), Qt::AlignLeft | Qt::AlignVCenter,
                     value);

    painter.setFont(font);
    QString detail = LevelPalette::displayName(shown);
    if (m_state.rawLevel > m_state.level)
        detail += QStringLiteral(" · ") + tr("%1 pending").arg(LevelPalette::displayName(m_state.rawLevel));
    const QString where = m_labeler ? m_labeler(m_state.worst) : defaultLabel(m_state.worst);
    painter.setPen(text);
    const QFontMetrics metrics(font);
    // The level on a line of its own, never cut; the series' name below it may be
    // (the tooltip has it whole).
    painter.drawText(QRectF(inner.left(), inner.top() + 60, inner.width(), 18), Qt::AlignLeft, detail);
    painter.drawText(QRectF(inner.left(), inner.top() + 78, inner.width(), 18), Qt::AlignLeft,
                     metrics.elidedText(where, Qt::ElideRight, int(inner.width())));
    painter.setPen(faint);
    painter.drawText(QRectF(inner.left(), inner.top() + 96, inner.width(), 18), Qt::AlignLeft, sinceText());
}

void StatusTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QFrame::mouseReleaseEvent(event);
}

} // namespace Pitwall
