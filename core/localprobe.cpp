#include "localprobe.h"

#include "profileloader.h"

#include <QLocalSocket>
#include <QTcpSocket>
#include <QTimer>

#include <array>

namespace Pitwall {

namespace {
struct Candidate
{
    const char *name;
    SourceKind kind;
    quint16 port;
    const char *url;
};

// libpq takes the user from the OS account and the password from ~/.pgpass.
const std::array<Candidate, 5> candidates{{
    {"local-postgres", SourceKind::Postgres, 5432, "postgresql://127.0.0.1:5432/postgres"},
    {"local-pgbouncer", SourceKind::PgBouncer, 6432, "postgresql://127.0.0.1:6432/pgbouncer"},
    {"local-redis", SourceKind::Redis, 6379, "redis://127.0.0.1:6379/0"},
    {"local-clickhouse", SourceKind::ClickHouse, 8123, "http://127.0.0.1:8123"},
    {"local-prometheus", SourceKind::Prometheus, 9090, "http://127.0.0.1:9090"},
}};
} // namespace

LocalProbe::LocalProbe(QObject *parent)
    : QObject(parent)
{ }

void LocalProbe::settle()
{
    if (--m_pending == 0)
        Q_EMIT finished();
}

void LocalProbe::start(std::chrono::milliseconds timeout)
{
    m_answered = QList<bool>(int(candidates.size()), false);
    m_socketAnswered = QList<bool>(m_socketDirectories.size(), false);
    m_pending = int(candidates.size()) + int(m_socketDirectories.size());
    for (int i = 0; i < m_socketDirectories.size(); ++i) {
        auto *socket = new QLocalSocket(this);
        auto *deadline = new QTimer(socket);
        deadline->setSingleShot(true);
        const auto done = [this, socket, i](bool answered) {
            if (socket->property("done").toBool())
                return;
            socket->setProperty("done", true);
            m_socketAnswered[i] = answered;
            socket->abort();
            socket->deleteLater();
            settle();
        };
        connect(socket, &QLocalSocket::connected, this, [done] { done(true); });
        connect(socket, &QLocalSocket::errorOccurred, this, [done] { done(false); });
        connect(deadline, &QTimer::timeout, this, [done] { done(false); });
        deadline->start(timeout);
        socket->connectToServer(m_socketDirectories[i] + QStringLiteral("/.s.PGSQL.5432"));
    }
    for (int i = 0; i < int(candidates.size()); ++i) {
        auto *socket = new QTcpSocket(this);
        auto *deadline = new QTimer(socket);
        deadline->setSingleShot(true);
        const auto done = [this, socket, i](bool answered) {
            if (socket->property("done").toBool())
                return;
            socket->setProperty("done", true);
            m_answered[i] = answered;
            socket->abort();
            socket->deleteLater();
            settle();
        };
        connect(socket, &QTcpSocket::connected, this, [done] { done(true); });
        connect(socket, &QTcpSocket::errorOccurred, this, [done] { done(false); });
        connect(deadline, &QTimer::timeout, this, [done] { done(false); });
        deadline->start(timeout);
        socket->connectToHost(QHostAddress(QHostAddress::LocalHost), candidates[size_t(i)].port);
    }
}

Profile LocalProbe::profile() const
{
    Profile profile;
    profile.thresholds = ProfileLoader::defaultThresholds();
    for (int i = 0; i < m_answered.size(); ++i) {
        if (!m_answered[i])
            continue;
        const Candidate &candidate = candidates[size_t(i)];
        if (candidate.kind == SourceKind::Postgres && m_socketAnswered.contains(true))
            continue;
        SourceConfig source;
        source.name = QLatin1String(candidate.name);
        source.kind = candidate.kind;
        source.url = QUrl(QLatin1String(candidate.url));
        profile.sources.append(source);
    }
    if (const auto socket = m_socketAnswered.indexOf(true); socket >= 0) {
        // The socket before TCP: peer authentication needs no password. libpq's own default directory goes
        // unnamed, so PGHOST and a service file keep their say.
        const QString directory = m_socketDirectories[socket];
        SourceConfig source;
        source.name = QStringLiteral("local-postgres");
        source.kind = SourceKind::Postgres;
        source.uri = directory == QLatin1String("/var/run/postgresql") ? QStringLiteral("postgresql:///postgres")
                                                                       : QStringLiteral("postgresql:///postgres?host=")
                + QString::fromLatin1(QUrl::toPercentEncoding(directory, "/"));
        source.url = QUrl(source.uri);
        profile.sources.prepend(source);
    }
    return profile;
}

} // namespace Pitwall
