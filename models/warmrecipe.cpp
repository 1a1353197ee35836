#include "warmrecipe.h"

#include <QRegularExpression>

namespace Pitwall {

namespace {
constexpr qsizetype maxKeyBytes = 1024;

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    return pattern;
}
} // namespace

QString WarmRecipe::keyPrefix() const
{
    const qsizetype brace = keyTemplate.indexOf(QLatin1Char('{'));
    return brace < 0 ? keyTemplate : keyTemplate.left(brace);
}

QStringList WarmRecipe::placeholders(const QString &text)
{
    QStringList names;
    auto matches = placeholderPattern().globalMatch(text);
    while (matches.hasNext()) {
        const QString name = matches.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

QString WarmRecipe::checkTemplate(const QString &text)
{
    QString rest = text;
    rest.replace(placeholderPattern(), QString());
    if (rest.contains(QLatin1Char('{')) || rest.contains(QLatin1Char('}')))
        return QStringLiteral("a brace that is not a {column} placeholder (columns: letters, digits, _)");
    return {};
}

QByteArray WarmRecipe::fill(const QString &text, const QHash<QString, QByteArray> &row)
{
    QByteArray filled;
    qsizetype at = 0;
    auto matches = placeholderPattern().globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        filled += text.mid(at, match.capturedStart() - at).toUtf8();
        filled += row.value(match.captured(1));
        at = match.capturedEnd();
    }
    filled += text.mid(at).toUtf8();
    return filled;
}

std::optional<QByteArray> WarmRecipe::keyFor(const QHash<QString, QByteArray> &row, QString *why) const
{
    const auto refuse = [why](const QString &reason) -> std::optional<QByteArray> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    for (const QString &column : placeholders(keyTemplate)) {
        const auto value = row.constFind(column);
        if (value == row.cend())
            return refuse(QStringLiteral("the query has no column '%1'").arg(column));
        if (value->isEmpty())
            return refuse(QStringLiteral("column '%1' is empty or NULL").arg(column));
        for (const char c : *value) {
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
                return refuse(QStringLiteral("column '%1' holds a control character").arg(column));
        }
    }
    const QByteArray key = fill(keyTemplate, row);
    if (!key.startsWith(keyPrefix().toUtf8()))
        return refuse(QStringLiteral("the key would be outside the prefix '%1'").arg(keyPrefix()));
    if (key.size() > maxKeyBytes)
        return refuse(QStringLiteral("the key would be longer than %1 bytes").arg(maxKeyBytes));
    return key;
}

} // namespace Pitwall
