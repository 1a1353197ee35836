#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Pitwall::Test {

/// A test's own view of a lab Redis, through Debian's redis-cli, so that what
/// a test compares Pitwall with never goes through Pitwall's Redis code.
class RedisCli
{
public:
    explicit RedisCli(int port, bool cluster = false)
        : m_port(port)
        , m_cluster(cluster)
    { }

    /// One command, its arguments as given; the raw reply text (--no-raw off).
    QByteArray run(const QStringList &arguments) const;
    /// Commands one a line on redis-cli's standard input (redirects followed in a cluster).
    QByteArray pipe(const QByteArray &commands) const;
    /// Mass traffic in Redis protocol through `redis-cli --pipe`; true when every reply came.
    bool massPipe(const QList<QStringList> &commands) const;
    /// INFO (all sections) as field → value.
    QMap<QString, QString> info() const;
    double number(const QString &field) const { return info().value(field).toDouble(); }

private:
    QByteArray redisCli(const QStringList &arguments, const QByteArray &input) const;

    int m_port;
    bool m_cluster;
};

} // namespace Pitwall::Test
