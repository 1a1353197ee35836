#pragma once

#include "sample.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Pitwall {

/// The Prometheus text exposition format 0.0.4, parsed: what a /metrics
/// endpoint serves. Knows no network: it reads text, so it can be tested and
/// fuzzed on its own.
struct Exposition
{
    struct Series
    {
        QString name;
        /// The family the sample belongs to: the name, or for a histogram's
        /// X_bucket / X_sum / X_count and a summary's X_sum / X_count, X.
        QString family;
        Labels labels;
        double value = 0;
        std::optional<qint64> timestampMs;
    };

    QList<Series> series;
    /// Family name → counter, gauge, histogram, summary or untyped.
    QHash<QString, QString> types;
    /// Lines that could not be read, as "line N: what was wrong"; the rest is kept.
    QStringList errors;

    /// Every series named @p name.
    QList<Series> named(const QString &name) const;

    /// Reads exposition text: HELP/TYPE lines, comments, label escapes (\\ \" \n),
    /// NaN and ±Inf, optional timestamps, histogram buckets (le) and summary
    /// quantiles. Never fails; unreadable lines land in errors.
    static Exposition parse(QByteArrayView text);
};

/// Prometheus' histogram_quantile over cumulative bucket counts (upper bound
/// "le" → count), +Inf included: linear interpolation inside the bucket that
/// holds the rank. Empty when there were no observations.
std::optional<double> histogramQuantile(double quantile, QList<QPair<double, double>> buckets);

} // namespace Pitwall
