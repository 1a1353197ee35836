#include "csv.h"

#include "metricstore.h"

#include <QDateTime>
#include <QLocale>
#include <QMap>

namespace Pitwall::Csv {

QByteArray row(const QStringList &fields)
{
    QByteArray line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        QString field = fields[i];
        const bool quote = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
            || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
        if (quote)
            line += '"' + field.replace(QLatin1Char('"'), QLatin1String("\"\"")).toUtf8() + '"';
        else
            line += field.toUtf8();
    }
    return line + "\r\n";
}

QByteArray series(const MetricStore &store, const QList<SeriesKey> &keys, const QStringList &units, qint64 fromMs,
                  qint64 toMs)
{
    QStringList header{QStringLiteral("time")};
    QMap<qint64, QStringList> rows;
    for (int column = 0; column < keys.size(); ++column) {
        const QString unit = column < units.size() ? units[column] : QString();
        header << keys[column].toString() + (unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(unit));
        for (const auto &point : store.points(keys[column], fromMs, toMs)) {
            QStringList &cells = rows[point.timeMs];
            while (cells.size() < keys.size())
                cells << QString();
            cells[column] = QString::number(point.value, 'g', QLocale::FloatingPointShortest); // 0.95, exactly
        }
    }
    QByteArray csv = row(header);
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QStringList cells{QDateTime::fromMSecsSinceEpoch(it.key(), Qt::UTC).toString(Qt::ISODateWithMs)};
        cells += *it;
        csv += row(cells);
    }
    return csv;
}

QList<QStringList> parse(const QByteArray &csv)
{
    QList<QStringList> rows;
    QStringList fields;
    QByteArray field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == ',') {
            fields << QString::fromUtf8(field);
            field.clear();
            fieldStarted = true;
        } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
            fields << QString::fromUtf8(field);
            rows << fields;
            fields.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty()) {
        fields << QString::fromUtf8(field);
        rows << fields;
    }
    return rows;
}

} // namespace Pitwall::Csv
