#include "libpquri.h"

#include <QCoreApplication>
#include <QUrl>

namespace Pitwall {

namespace {
QString decoded(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}
} // namespace

std::optional<LibpqUri> LibpqUri::parse(const QString &text, QString *error)
{
    const auto fail = [error](const char *reason) -> std::optional<LibpqUri> {
        if (error)
            *error = QCoreApplication::translate("Pitwall::LibpqUri", reason);
        return std::nullopt;
    };
    LibpqUri uri;
    qsizetype at = text.indexOf(QLatin1String("://"));
    if (at < 0)
        return fail("a libpq URI starts with postgresql://");
    uri.scheme = text.left(at);
    if (uri.scheme != QLatin1String("postgresql") && uri.scheme != QLatin1String("postgres"))
        return fail("a libpq URI starts with postgresql:// or postgres://");
    QString rest = text.mid(at + 3);
    if (rest.contains(QLatin1Char('#')) || rest.contains(QLatin1Char(' ')))
        return fail("a libpq URI has no fragment and no spaces");

    QString query;
    if (const qsizetype mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        uri.database = decoded(rest.mid(slash + 1));
    }
    if (const qsizetype userEnd = authority.lastIndexOf(QLatin1Char('@')); userEnd >= 0) {
        const QString userInfo = authority.left(userEnd);
        authority = authority.mid(userEnd + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        uri.user = decoded(colon >= 0 ? userInfo.left(colon) : userInfo);
        uri.hasPassword = colon >= 0;
    }
    if (!authority.isEmpty()) {
        for (const auto &host : authority.split(QLatin1Char(','))) {
            if (host.isEmpty())
                return fail("a host in the URI's list of hosts is empty");
            // [v6]:port keeps its colons inside the brackets.
            const qsizetype close = host.lastIndexOf(QLatin1Char(']'));
            const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
            if (colon > close) {
                bool ok = false;
                const int port = host.mid(colon + 1).toInt(&ok);
                if (!ok || port < 1 || port > 65535)
                    return fail("a port in the URI is not a number from 1 to 65535");
            }
            uri.hosts << decoded(host);
        }
    }
    if (!query.isEmpty()) {
        for (const auto &item : query.split(QLatin1Char('&'))) {
            const qsizetype equals = item.indexOf(QLatin1Char('='));
            if (equals <= 0)
                return fail("a URI parameter is not key=value");
            uri.parameters.append({decoded(item.left(equals)), decoded(item.mid(equals + 1))});
        }
    }
    return uri;
}

QString LibpqUri::parameter(const QString &key) const
{
    for (const auto &[name, value] : parameters) {
        if (name == key)
            return value;
    }
    return {};
}

bool LibpqUri::hasParameter(const QString &key) const
{
    for (const auto &item : parameters) {
        if (item.first == key)
            return true;
    }
    return false;
}

QString LibpqUri::databaseName() const
{
    return hasParameter(QStringLiteral("dbname")) ? parameter(QStringLiteral("dbname")) : database;
}

QString LibpqUri::address() const
{
    const QString defaultPort = QCoreApplication::translate("Pitwall::LibpqUri", "default port");
    QStringList hostList = hosts;
    const QStringList ports = parameter(QStringLiteral("port")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (hostList.isEmpty() && hasParameter(QStringLiteral("host")))
        hostList = parameter(QStringLiteral("host")).split(QLatin1Char(','));
    if (hostList.isEmpty() && hasParameter(QStringLiteral("hostaddr")))
        hostList = parameter(QStringLiteral("hostaddr")).split(QLatin1Char(','));
    if (hostList.isEmpty()) {
        if (hasParameter(QStringLiteral("service")))
            return QCoreApplication::translate("Pitwall::LibpqUri", "service %1")
                .arg(parameter(QStringLiteral("service")));
        const QString port = ports.isEmpty() ? defaultPort : ports.first();
        return QCoreApplication::translate("Pitwall::LibpqUri", "local socket, %1").arg(port);
    }
    QStringList named;
    for (int i = 0; i < hostList.size(); ++i) {
        const QString &host = hostList[i];
        const qsizetype close = host.lastIndexOf(QLatin1Char(']'));
        const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
        if (colon > close && !host.startsWith(QLatin1Char('/'))) {
            named << host;
            continue;
        }
        // libpq: one port for every host, or one port each.
        const QString port = ports.size() == hostList.size() ? ports[i] : ports.value(0, defaultPort);
        named << host + QLatin1Char(':') + port;
    }
    return named.join(QLatin1Char(','));
}

} // namespace Pitwall
