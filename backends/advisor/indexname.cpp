#include "indexname.h"

#include <QCryptographicHash>

namespace Pitwall::IndexName {

namespace {
/// PostgreSQL's NAMEDATALEN - 1.
constexpr qsizetype maxBytes = 63;
} // namespace

QString forColumns(const QString &schema, const QString &table, const QStringList &columns, bool unique)
{
    const QString suffix = unique ? QStringLiteral("_key") : QStringLiteral("_idx");
    const QString name = prefix() + table + QLatin1Char('_') + columns.join(QLatin1Char('_')) + suffix;
    if (name.toUtf8().size() <= maxBytes)
        return name;
    const QByteArray whole = (schema + QLatin1Char('.') + table + QLatin1Char('(') + columns.join(QLatin1Char(','))
                              + QLatin1Char(')') + suffix)
                                 .toUtf8();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(whole, QCryptographicHash::Sha1).toHex().left(8));
    const QString tail = QLatin1Char('_') + hash + suffix;
    QString head = name.left(name.size() - suffix.size());
    while (!head.isEmpty() && (head + tail).toUtf8().size() > maxBytes) {
        head.chop(1);
        if (!head.isEmpty() && head.back().isHighSurrogate())
            head.chop(1);
    }
    return head + tail;
}

} // namespace Pitwall::IndexName
