#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pitwall {

/// A libpq connection URI, split as libpq reads it — enough to validate a
/// profile and to name the server in a message; the connection itself hands
/// the URI to libpq unchanged. `postgresql://[user@][host[:port][,…]][/dbname][?key=value&…]`:
/// no host (the default Unix socket), `?host=/socket/dir`, `?service=NAME`,
/// several hosts (`h1:5432,h2:5433` with `target_session_attrs`).
struct LibpqUri
{
    QString scheme;
    QString user;
    /// The password written into the URI's user info, if any (a profile refuses it).
    bool hasPassword = false;
    /// The hosts of the URI's authority, each "host" or "host:port", percent-decoded.
    QStringList hosts;
    QString database;
    QList<QPair<QString, QString>> parameters;

    /// Null, with a reason in @p error, for text that is no postgresql:// or postgres:// URI.
    static std::optional<LibpqUri> parse(const QString &text, QString *error = nullptr);

    QString parameter(const QString &key) const;
    bool hasParameter(const QString &key) const;
    /// The database libpq connects to when the URI names one (path or dbname=).
    QString databaseName() const;
    /// Where it connects, for a message: "127.0.0.1:5432", "db.example:default port",
    /// "/run/postgresql:5433", "h1:5432,h2:5433", "service lab", "local socket".
    QString address() const;
};

} // namespace Pitwall
