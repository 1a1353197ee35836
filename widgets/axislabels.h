#pragma once

#include <QStringList>

class QChart;

namespace Pitwall::AxisLabels {

/// The texts a chart's scene lays out left of its plot area: the value axis's
/// ticks as they read (tests: none is elided).
QStringList leftOfPlot(const QChart *chart);

/// The texts laid out under the plot area, within a line of it, left to right:
/// the time axis's ticks as they read (tests: none reads twice).
QStringList underPlot(const QChart *chart);

} // namespace Pitwall::AxisLabels
