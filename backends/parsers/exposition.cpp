#include "exposition.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Pitwall {

namespace {

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}

bool isLabelStart(char c)
{
    return isNameStart(c) && c != ':';
}

bool isLabelChar(char c)
{
    return isNameChar(c) && c != ':';
}

const char *const knownTypes[] = {"counter", "gauge", "histogram", "summary", "untyped"};

/// A cursor over one line; every read either advances or reports failure.
class LineReader
{
public:
    explicit LineReader(QByteArrayView line)
        : m_line(line)
    { }

    bool atEnd() const { return m_pos >= m_line.size(); }
    char peek() const { return atEnd() ? '\0' : m_line[m_pos]; }
    void skipSpaces()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t'))
            ++m_pos;
    }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    /// A metric name; label names may not contain ':'.
    QByteArrayView name(bool label = false)
    {
        const qsizetype start = m_pos;
        if (!(label ? isLabelStart(peek()) : isNameStart(peek())))
            return {};
        while (!atEnd() && (label ? isLabelChar(peek()) : isNameChar(peek())))
            ++m_pos;
        return m_line.sliced(start, m_pos - start);
    }
    QByteArrayView word()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && peek() != ' ' && peek() != '\t')
            ++m_pos;
        return m_line.sliced(start, m_pos - start);
    }
    /// A double-quoted label value with \\, \" and \n escapes.
    std::optional<QString> quoted()
    {
        if (!take('"'))
            return std::nullopt;
        QByteArray value;
        while (!atEnd()) {
            const char c = m_line[m_pos++];
            if (c == '"')
                return QString::fromUtf8(value);
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (atEnd())
                return std::nullopt;
            const char escaped = m_line[m_pos++];
            if (escaped == 'n')
                value.append('\n');
            else if (escaped == '\\' || escaped == '"')
                value.append(escaped);
            else
                return std::nullopt; // the format knows no other escape
        }
        return std::nullopt;
    }

private:
    QByteArrayView m_line;
    qsizetype m_pos = 0;
};

std::optional<double> parseValue(QByteArrayView text)
{
    if (text == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == "+Inf" || text == "Inf")
        return std::numeric_limits<double>::infinity();
    if (text == "-Inf")
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

/// Reads one sample line; returns what is wrong with it, or nothing.
QString parseSample(QByteArrayView line, Exposition::Series &series)
{
    LineReader reader(line);
    const QByteArrayView name = reader.name();
    if (name.isEmpty())
        return QStringLiteral("expected a metric name");
    series.name = QString::fromUtf8(name);
    reader.skipSpaces();
    if (reader.take('{')) {
        while (true) {
            reader.skipSpaces();
            if (reader.take('}'))
                break;
            const QByteArrayView label = reader.name(true);
            if (label.isEmpty())
                return QStringLiteral("expected a label name");
            if (series.labels.contains(QString::fromUtf8(label)))
                return QStringLiteral("label %1 appears twice").arg(QString::fromUtf8(label));
            reader.skipSpaces();
            if (!reader.take('='))
                return QStringLiteral("expected '=' after label %1").arg(QString::fromUtf8(label));
            reader.skipSpaces();
            const auto value = reader.quoted();
            if (!value)
                return QStringLiteral("expected a quoted value for label %1 (escapes: \\\\ \\\" \\n)")
                    .arg(QString::fromUtf8(label));
            series.labels.insert(QString::fromUtf8(label), *value);
            reader.skipSpaces();
            if (reader.take(','))
                continue;
            if (reader.take('}'))
                break;
            return QStringLiteral("expected ',' or '}' in the labels");
        }
    }
    reader.skipSpaces();
    const auto value = parseValue(reader.word());
    if (!value)
        return QStringLiteral("expected a value");
    series.value = *value;
    reader.skipSpaces();
    if (!reader.atEnd()) {
        bool ok = false;
        const qint64 timestamp = reader.word().toLongLong(&ok);
        if (!ok)
            return QStringLiteral("expected a timestamp in milliseconds after the value");
        series.timestampMs = timestamp;
        reader.skipSpaces();
        if (!reader.atEnd())
            return QStringLiteral("unexpected text after the timestamp");
    }
    return {};
}

/// Which family a sample belongs to, given the TYPE lines so far; what is
/// wrong with it as a member of that family, or nothing.
QString placeInFamily(Exposition::Series &series, const QHash<QString, QString> &types)
{
    series.family = series.name;
    const auto memberOf = [&](const char *suffix, const char *type) {
        const QLatin1String tail(suffix);
        if (!series.name.endsWith(tail))
            return false;
        const QString base = series.name.chopped(tail.size());
        if (types.value(base) != QLatin1String(type))
            return false;
        series.family = base;
        return true;
    };
    if (memberOf("_bucket", "histogram")) {
        const QString le = series.labels.value(QStringLiteral("le"));
        if (le.isEmpty() || !parseValue(le.toUtf8()))
            return QStringLiteral("a histogram bucket needs a numeric le label");
        return {};
    }
    if (memberOf("_sum", "histogram") || memberOf("_count", "histogram") || memberOf("_sum", "summary")
        || memberOf("_count", "summary"))
        return {};
    if (types.value(series.name) == QLatin1String("summary")) {
        const QString quantile = series.labels.value(QStringLiteral("quantile"));
        if (quantile.isEmpty() || !parseValue(quantile.toUtf8()))
            return QStringLiteral("a summary's sample needs a numeric quantile label");
    }
    if (types.value(series.name) == QLatin1String("histogram"))
        return QStringLiteral("a histogram's samples are named _bucket, _sum and _count");
    return {};
}

} // namespace

QList<Exposition::Series> Exposition::named(const QString &name) const
{
    QList<Series> matching;
    for (const auto &item : series) {
        if (item.name == name)
            matching.append(item);
    }
    return matching;
}

std::optional<double> histogramQuantile(double quantile, QList<QPair<double, double>> buckets)
{
    std::sort(buckets.begin(), buckets.end());
    if (buckets.isEmpty() || !std::isinf(buckets.last().first))
        return std::nullopt;
    const double total = buckets.last().second;
    if (!(total > 0))
        return std::nullopt;
    const double rank = quantile * total;
    double lowerBound = 0;
    double lowerCount = 0;
    for (const auto &[upperBound, count] : std::as_const(buckets)) {
        if (count >= rank) {
            if (std::isinf(upperBound))
                return lowerBound; // the rank is beyond the last finite bucket
            if (count <= lowerCount)
                return upperBound;
            return lowerBound + (upperBound - lowerBound) * (rank - lowerCount) / (count - lowerCount);
        }
        lowerBound = upperBound;
        lowerCount = count;
    }
    return std::nullopt;
}

Exposition Exposition::parse(QByteArrayView text)
{
    Exposition exposition;
    int number = 0;
    while (!text.isEmpty()) {
        ++number;
        const qsizetype newline = text.indexOf('\n');
        QByteArrayView line = newline < 0 ? text : text.first(newline);
        text = newline < 0 ? QByteArrayView() : text.sliced(newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.front() == '#') {
            LineReader reader(line.sliced(1));
            reader.skipSpaces();
            if (reader.word() != "TYPE")
                continue; // HELP and free comments carry nothing Pitwall uses
            reader.skipSpaces();
            const QByteArrayView family = reader.name();
            reader.skipSpaces();
            const QByteArrayView type = reader.word();
            const QString name = QString::fromUtf8(family);
            if (family.isEmpty() || type.isEmpty())
                exposition.errors << QStringLiteral("line %1: a TYPE line needs a name and a type").arg(number);
            else if (std::find(std::begin(knownTypes), std::end(knownTypes), type) == std::end(knownTypes))
                exposition.errors << QStringLiteral("line %1: unknown type '%2'; expected counter, gauge, "
                                                    "histogram, summary or untyped")
                                         .arg(number)
                                         .arg(QString::fromUtf8(type));
            else if (exposition.types.contains(name))
                exposition.errors << QStringLiteral("line %1: a second TYPE line for %2").arg(number).arg(name);
            else
                exposition.types.insert(name, QString::fromUtf8(type));
            continue;
        }
        Series series;
        QString error = parseSample(line, series);
        if (error.isEmpty())
            error = placeInFamily(series, exposition.types);
        if (error.isEmpty())
            exposition.series.append(series);
        else
            exposition.errors << QStringLiteral("line %1: %2").arg(number).arg(error);
    }
    return exposition;
}

} // namespace Pitwall
