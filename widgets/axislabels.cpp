#include "axislabels.h"

#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsTextItem>

#include <algorithm>

namespace Pitwall::AxisLabels {

namespace {
/// Every visible text of the chart's scene, with where it stands.
QList<QPair<QRectF, QString>> sceneTexts(const QChart *chart)
{
    QList<QPair<QRectF, QString>> texts;
    const auto items = chart->scene()->items();
    for (QGraphicsItem *item : items) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            text && text->isVisible() && !text->toPlainText().isEmpty())
            texts.append({text->mapRectToScene(text->boundingRect()), text->toPlainText()});
    }
    return texts;
}
} // namespace

QStringList leftOfPlot(const QChart *chart)
{
    QStringList labels;
    const QRectF plot = chart->plotArea();
    for (const auto &[box, text] : sceneTexts(chart)) {
        if (box.right() <= plot.left() + 1 && box.bottom() > plot.top() - 20)
            labels << text;
    }
    return labels;
}

QStringList underPlot(const QChart *chart)
{
    QList<QPair<QRectF, QString>> below;
    const QRectF plot = chart->plotArea();
    for (const auto &entry : sceneTexts(chart)) {
        if (entry.first.top() >= plot.bottom() - 1 && entry.first.top() <= plot.bottom() + entry.first.height())
            below.append(entry);
    }
    std::sort(below.begin(), below.end(), [](const auto &a, const auto &b) { return a.first.left() < b.first.left(); });
    QStringList labels;
    for (const auto &entry : std::as_const(below))
        labels << entry.second;
    return labels;
}

} // namespace Pitwall::AxisLabels
