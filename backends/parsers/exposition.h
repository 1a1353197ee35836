#pragma once

#include "sample.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <iterator>
#include <optional>
#include <vector>

namespace Pitwall {

/// The Prometheus text exposition format 0.0.4, parsed: what a /metrics
/// endpoint serves. Knows no network: it reads text, so it can be tested and
/// fuzzed on its own.
///
/// A busy endpoint serves tens of megabytes, of which a collector reads a few
/// families. So the parse keeps the payload itself (shared, not copied) and of
/// each sample only where its name and labels stand in it, its value and its
/// timestamp: 32 bytes a sample, names interned. Labels are read out only for
/// the samples a caller looks at (`named()`, or walking `series`).
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

    /// Every sample, in the order of the text; each is read out as it is visited.
    class SeriesList
    {
    public:
        qsizetype size() const { return qsizetype(m_entries.size()); }
        bool isEmpty() const { return m_entries.empty(); }
        Series at(qsizetype index) const;

        class const_iterator
        {
        public:
            using iterator_category = std::input_iterator_tag;
            using value_type = Series;
            using difference_type = qsizetype;
            using pointer = void;
            using reference = Series;

            const_iterator(const SeriesList *list, qsizetype index)
                : m_list(list)
                , m_index(index)
            { }
            Series operator*() const { return m_list->at(m_index); }
            const_iterator &operator++()
            {
                ++m_index;
                return *this;
            }
            bool operator==(const const_iterator &other) const { return m_index == other.m_index; }
            bool operator!=(const const_iterator &other) const { return m_index != other.m_index; }

        private:
            const SeriesList *m_list;
            qsizetype m_index;
        };
        const_iterator begin() const { return {this, 0}; }
        const_iterator end() const { return {this, size()}; }

    private:
        friend struct Exposition;
        friend class ExpositionParser;

        /// One sample: indexes into the interned names, where its labels' text
        /// stands in the payload (between the braces), its value and timestamp.
        struct Entry
        {
            quint32 name;
            quint32 family;
            quint32 labelsFrom;
            quint32 labelsLength : 31;
            quint32 hasTimestamp : 1;
            double value;
            qint64 timestampMs;
        };

        QByteArray m_text;
        QList<QString> m_names;
        /// Name → index into m_names; the keys are views into m_text.
        QHash<QByteArrayView, quint32> m_nameIds;
        std::vector<Entry> m_entries;
    };

    /// The first errors kept as text; errorCount counts them all.
    static constexpr int maxErrors = 100;

    SeriesList series;
    /// Family name → counter, gauge, histogram, summary or untyped.
    QHash<QString, QString> types;
    /// Lines that could not be read, as "line N: what was wrong" (the first
    /// maxErrors of them); the rest is kept.
    QStringList errors;
    /// How many lines could not be read.
    qsizetype errorCount = 0;

    /// Every series named @p name.
    QList<Series> named(const QString &name) const;

    /// Reads exposition text: HELP/TYPE lines, comments, label escapes (\\ \" \n),
    /// NaN and ±Inf, optional timestamps, histogram buckets (le) and summary
    /// quantiles. Never fails; unreadable lines land in errors. Keeps @p text
    /// (implicitly shared): one made by QByteArray::fromRawData must outlive the result.
    static Exposition parse(const QByteArray &text);
};

/// Prometheus' histogram_quantile over cumulative bucket counts (upper bound
/// "le" → count), +Inf included: linear interpolation inside the bucket that
/// holds the rank. Empty when there were no observations.
std::optional<double> histogramQuantile(double quantile, QList<QPair<double, double>> buckets);

} // namespace Pitwall
