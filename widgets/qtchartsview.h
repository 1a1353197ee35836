#pragma once

#include "qtchartstimechart.h"

#include <QChartView>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>

namespace Pitwall {

/// The chart view: wheel zooms the time axis around the cursor, a drag with
/// the left button pans, a drag with Shift held zooms to the band drawn.
class QtChartsTimeChart::View : public QChartView
{
public:
    View(QChart *chart, QtChartsTimeChart *owner)
        : QChartView(chart)
        , m_owner(owner)
    {
        setRenderHint(QPainter::Antialiasing);
        setRubberBand(QChartView::NoRubberBand);
        setMouseTracking(true);
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        if (!lcChart().isDebugEnabled()) {
            QChartView::paintEvent(event);
            return;
        }
        QElapsedTimer timer;
        timer.start();
        QChartView::paintEvent(event);
        qCDebug(lcChart, "chart \"%s\": paint %.3f ms", qPrintable(chart()->title()),
                double(timer.nsecsElapsed()) / 1e6);
    }

    void wheelEvent(QWheelEvent *event) override
    {
        const double factor = event->angleDelta().y() > 0 ? 0.8 : 1.25;
        const double at = chart()->mapToValue(event->position()).x();
        const double from = at - (at - double(m_owner->m_fromMs)) * factor;
        const double to = at + (double(m_owner->m_toMs) - at) * factor;
        Q_EMIT m_owner->rangeRequested(qint64(from), qint64(to));
        event->accept();
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier)) {
            setRubberBand(QChartView::HorizontalRubberBand);
            QChartView::mousePressEvent(event);
            return;
        }
        if (event->button() == Qt::LeftButton) {
            m_panFrom = event->position();
            m_panning = true;
            setCursor(Qt::ClosedHandCursor);
        }
        QChartView::mousePressEvent(event);
    }

    void mouseDoubleClickEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton) {
            m_panning = false;
            unsetCursor();
            Q_EMIT m_owner->doubleClicked();
            event->accept();
            return;
        }
        QChartView::mouseDoubleClickEvent(event);
    }

    void leaveEvent(QEvent *event) override
    {
        Q_EMIT m_owner->hovered(-1);
        QChartView::leaveEvent(event);
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (chart()->plotArea().contains(event->position()))
            Q_EMIT m_owner->hovered(qint64(chart()->mapToValue(event->position()).x()));
        else
            Q_EMIT m_owner->hovered(-1);
        if (m_panning) {
            const double dx = chart()->mapToValue(m_panFrom).x() - chart()->mapToValue(event->position()).x();
            if (std::abs(event->position().x() - m_panFrom.x()) >= 4) {
                m_panFrom = event->position();
                Q_EMIT m_owner->rangeRequested(m_owner->m_fromMs + qint64(dx), m_owner->m_toMs + qint64(dx));
            }
        }
        QChartView::mouseMoveEvent(event);
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (rubberBand() != QChartView::NoRubberBand) {
            // Qt Charts zooms the axes itself; the owner turns that into a range request.
            QChartView::mouseReleaseEvent(event);
            setRubberBand(QChartView::NoRubberBand);
            return;
        }
        m_panning = false;
        unsetCursor();
        QChartView::mouseReleaseEvent(event);
    }

private:
    QtChartsTimeChart *m_owner;
    QPointF m_panFrom;
    bool m_panning = false;
};

} // namespace Pitwall
