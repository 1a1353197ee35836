#include "exposition.h"

#include <QVarLengthArray>

#include <algorithm>
#include <charconv>
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
    qsizetype position() const { return m_pos; }
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
    /// A double-quoted label value as it stands, its escapes (\\, \" and \n) checked, not undone.
    std::optional<QByteArrayView> quoted()
    {
        if (!take('"'))
            return std::nullopt;
        const qsizetype start = m_pos;
        while (!atEnd()) {
            const char c = m_line[m_pos++];
            if (c == '"')
                return m_line.sliced(start, m_pos - 1 - start);
            if (c != '\\')
                continue;
            if (atEnd())
                return std::nullopt;
            const char escaped = m_line[m_pos++];
            if (escaped != 'n' && escaped != '\\' && escaped != '"')
                return std::nullopt; // the format knows no other escape
        }
        return std::nullopt;
    }

private:
    QByteArrayView m_line;
    qsizetype m_pos = 0;
};

/// A label value with its escapes undone; @p raw is checked already.
QByteArray unescaped(QByteArrayView raw)
{
    QByteArray value;
    value.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\' || i + 1 == raw.size()) {
            value.append(c);
            continue;
        }
        const char escaped = raw[++i];
        value.append(escaped == 'n' ? '\n' : escaped);
    }
    return value;
}

std::optional<double> parseValue(QByteArrayView text)
{
    if (text == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == "+Inf" || text == "Inf")
        return std::numeric_limits<double>::infinity();
    if (text == "-Inf")
        return -std::numeric_limits<double>::infinity();
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc() && end == text.data() + text.size())
        return value;
    // What from_chars does not take (a leading '+', an overflow) Qt decides, as before.
    bool ok = false;
    value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

std::optional<qint64> parseTimestamp(QByteArrayView text)
{
    qint64 value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc() && end == text.data() + text.size())
        return value;
    bool ok = false;
    value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

/// Every label of a checked label text (what stands between the braces).
Labels labelsOf(QByteArrayView text)
{
    Labels labels;
    LineReader reader(text);
    while (true) {
        reader.skipSpaces();
        const QByteArrayView name = reader.name(true);
        if (name.isEmpty())
            return labels;
        reader.skipSpaces();
        reader.take('=');
        reader.skipSpaces();
        const auto raw = reader.quoted();
        if (!raw)
            return labels;
        labels.insert(QString::fromLatin1(name), QString::fromUtf8(unescaped(*raw)));
        reader.skipSpaces();
        reader.take(',');
    }
}

} // namespace

/// One pass over the payload, line by line, without a string per field.
class ExpositionParser
{
public:
    explicit ExpositionParser(Exposition &exposition)
        : m_exposition(exposition)
        , m_list(exposition.series)
    { }

    void run()
    {
        const QByteArrayView all(m_list.m_text);
        if (all.size() > qsizetype(std::numeric_limits<quint32>::max())) {
            error(0, QStringLiteral("the exposition is larger than 4 GiB; nothing was read"));
            return;
        }
        m_list.m_entries.reserve(size_t(std::count(all.begin(), all.end(), '\n')) + 1);
        qsizetype from = 0;
        int number = 0;
        while (from < all.size()) {
            ++number;
            const qsizetype newline = all.indexOf('\n', from);
            const qsizetype to = newline < 0 ? all.size() : newline;
            QByteArrayView line = all.sliced(from, to - from);
            from = to + 1;
            if (line.endsWith('\r'))
                line.chop(1);
            line = line.trimmed();
            if (line.isEmpty())
                continue;
            if (line.front() == '#') {
                readComment(line, number);
                continue;
            }
            Exposition::SeriesList::Entry entry{};
            QString problem = readSample(line, entry);
            if (problem.isEmpty())
                m_list.m_entries.push_back(entry);
            else
                error(number, problem);
        }
    }

private:
    /// What a name's samples are in their family, given the TYPE lines so far.
    enum class Role : quint8 { Plain, Bucket, Quantile, BareHistogram };
    struct NameInfo
    {
        quint32 family = 0;
        Role role = Role::Plain;
        int generation = -1; // the TYPE lines it was worked out with
    };

    void error(int number, const QString &problem)
    {
        if (++m_exposition.errorCount <= Exposition::maxErrors)
            m_exposition.errors << QStringLiteral("line %1: %2").arg(number).arg(problem);
    }

    void readComment(QByteArrayView line, int number)
    {
        LineReader reader(line.sliced(1));
        reader.skipSpaces();
        if (reader.word() != "TYPE")
            return; // HELP and free comments carry nothing Pitwall uses
        reader.skipSpaces();
        const QByteArrayView family = reader.name();
        reader.skipSpaces();
        const QByteArrayView type = reader.word();
        const QString name = QString::fromLatin1(family);
        if (family.isEmpty() || type.isEmpty())
            error(number, QStringLiteral("a TYPE line needs a name and a type"));
        else if (std::find(std::begin(knownTypes), std::end(knownTypes), type) == std::end(knownTypes))
            error(number,
                  QStringLiteral("unknown type '%1'; expected counter, gauge, histogram, summary or untyped")
                      .arg(QString::fromUtf8(type)));
        else if (m_exposition.types.contains(name))
            error(number, QStringLiteral("a second TYPE line for %1").arg(name));
        else {
            m_exposition.types.insert(name, QString::fromLatin1(type));
            ++m_generation;
        }
    }

    /// Reads one sample line into @p entry; returns what is wrong with it, or nothing.
    QString readSample(QByteArrayView line, Exposition::SeriesList::Entry &entry)
    {
        LineReader reader(line);
        const QByteArrayView name = reader.name();
        if (name.isEmpty())
            return QStringLiteral("expected a metric name");
        reader.skipSpaces();
        QByteArrayView le;
        QByteArrayView quantile;
        bool hasLe = false;
        bool hasQuantile = false;
        QByteArrayView labels;
        if (reader.take('{')) {
            const qsizetype start = reader.position();
            QVarLengthArray<QByteArrayView, 16> seen;
            while (true) {
                reader.skipSpaces();
                if (reader.take('}'))
                    break;
                const QByteArrayView label = reader.name(true);
                if (label.isEmpty())
                    return QStringLiteral("expected a label name");
                if (std::find(seen.cbegin(), seen.cend(), label) != seen.cend())
                    return QStringLiteral("label %1 appears twice").arg(QString::fromLatin1(label));
                seen.append(label);
                reader.skipSpaces();
                if (!reader.take('='))
                    return QStringLiteral("expected '=' after label %1").arg(QString::fromLatin1(label));
                reader.skipSpaces();
                const auto value = reader.quoted();
                if (!value)
                    return QStringLiteral("expected a quoted value for label %1 (escapes: \\\\ \\\" \\n)")
                        .arg(QString::fromLatin1(label));
                if (label == "le") {
                    le = *value;
                    hasLe = true;
                } else if (label == "quantile") {
                    quantile = *value;
                    hasQuantile = true;
                }
                reader.skipSpaces();
                if (reader.take(','))
                    continue;
                if (reader.take('}'))
                    break;
                return QStringLiteral("expected ',' or '}' in the labels");
            }
            labels = line.sliced(start, reader.position() - 1 - start);
        }
        reader.skipSpaces();
        const auto value = parseValue(reader.word());
        if (!value)
            return QStringLiteral("expected a value");
        entry.value = *value;
        reader.skipSpaces();
        if (!reader.atEnd()) {
            const auto timestamp = parseTimestamp(reader.word());
            if (!timestamp)
                return QStringLiteral("expected a timestamp in milliseconds after the value");
            entry.timestampMs = *timestamp;
            entry.hasTimestamp = 1;
            reader.skipSpaces();
            if (!reader.atEnd())
                return QStringLiteral("unexpected text after the timestamp");
        }

        entry.name = intern(name);
        const NameInfo info = infoOf(entry.name);
        entry.family = info.family;
        const auto numeric = [](bool present, QByteArrayView raw) {
            if (!present)
                return false;
            const QByteArray text
                = raw.contains('\\') ? unescaped(raw) : QByteArray::fromRawData(raw.data(), raw.size());
            return !text.isEmpty() && parseValue(text).has_value();
        };
        if (info.role == Role::Bucket && !numeric(hasLe, le))
            return QStringLiteral("a histogram bucket needs a numeric le label");
        if (info.role == Role::Quantile && !numeric(hasQuantile, quantile))
            return QStringLiteral("a summary's sample needs a numeric quantile label");
        if (info.role == Role::BareHistogram)
            return QStringLiteral("a histogram's samples are named _bucket, _sum and _count");
        const QByteArrayView all(m_list.m_text);
        entry.labelsFrom = labels.isNull() ? 0 : quint32(labels.data() - all.data());
        entry.labelsLength = quint32(labels.size());
        return {};
    }

    quint32 intern(QByteArrayView name)
    {
        if (m_lastId >= 0 && name == m_lastName)
            return quint32(m_lastId);
        auto id = m_list.m_nameIds.constFind(name);
        if (id == m_list.m_nameIds.cend()) {
            id = m_list.m_nameIds.insert(name, quint32(m_list.m_names.size()));
            m_list.m_names.append(QString::fromLatin1(name));
            m_views.push_back(name);
            m_info.emplace_back();
        }
        m_lastName = name;
        m_lastId = *id;
        return *id;
    }

    NameInfo infoOf(quint32 id)
    {
        if (m_info[id].generation == m_generation)
            return m_info[id];
        NameInfo info;
        info.family = id;
        info.generation = m_generation;
        const QString name = m_list.m_names[id];
        const QByteArrayView view = m_views[id];
        const auto &types = m_exposition.types;
        const auto memberOf = [&](QLatin1String suffix, QLatin1String type) {
            if (!name.endsWith(suffix) || types.value(name.chopped(suffix.size())) != type)
                return false;
            info.family = intern(view.chopped(suffix.size()));
            return true;
        };
        const QLatin1String histogram("histogram");
        const QLatin1String summary("summary");
        if (memberOf(QLatin1String("_bucket"), histogram))
            info.role = Role::Bucket;
        else if (memberOf(QLatin1String("_sum"), histogram) || memberOf(QLatin1String("_count"), histogram)
                 || memberOf(QLatin1String("_sum"), summary) || memberOf(QLatin1String("_count"), summary))
            info.role = Role::Plain;
        else if (types.value(name) == summary)
            info.role = Role::Quantile;
        else if (types.value(name) == histogram)
            info.role = Role::BareHistogram;
        m_info[id] = info;
        return info;
    }

    Exposition &m_exposition;
    Exposition::SeriesList &m_list;
    std::vector<NameInfo> m_info; // per name id
    std::vector<QByteArrayView> m_views; // per name id: where it first stands
    int m_generation = 0;
    QByteArrayView m_lastName;
    qint64 m_lastId = -1;
};

Exposition::Series Exposition::SeriesList::at(qsizetype index) const
{
    const Entry &entry = m_entries[size_t(index)];
    Series series;
    series.name = m_names[entry.name];
    series.family = m_names[entry.family];
    if (entry.labelsLength > 0)
        series.labels = labelsOf(QByteArrayView(m_text).sliced(entry.labelsFrom, entry.labelsLength));
    series.value = entry.value;
    if (entry.hasTimestamp)
        series.timestampMs = entry.timestampMs;
    return series;
}

QList<Exposition::Series> Exposition::named(const QString &name) const
{
    QList<Series> matching;
    const QByteArray key = name.toUtf8();
    const auto id = series.m_nameIds.constFind(QByteArrayView(key));
    if (id == series.m_nameIds.cend())
        return matching;
    for (size_t i = 0; i < series.m_entries.size(); ++i) {
        if (series.m_entries[i].name == *id)
            matching.append(series.at(qsizetype(i)));
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

Exposition Exposition::parse(const QByteArray &text)
{
    Exposition exposition;
    exposition.series.m_text = text;
    ExpositionParser(exposition).run();
    return exposition;
}

} // namespace Pitwall
