#pragma once

#include "labenvironment.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

namespace Pitwall::Test {

/// A test's own view of the lab's PostgreSQL, through Debian's psql over the
/// lab's unix socket (trusted), so that what a test compares Pitwall with never
/// goes through Pitwall's PostgreSQL code.
class Psql
{
public:
    /// As @p user (default the superuser) in database lab.
    explicit Psql(const LabEnvironment &lab, QString user = QStringLiteral("postgres"));

    /// Runs @p sql (one or more statements, on standard input); false on an error.
    bool exec(const QString &sql) const;
    /// The first column of the first row, or empty.
    QString value(const QString &sql) const;
    /// Every row, its columns split.
    QList<QStringList> rows(const QString &sql) const;
    /// Starts @p sql in a psql of its own that runs until it ends or is cancelled.
    std::unique_ptr<QProcess> start(const QString &sql) const;

private:
    QStringList arguments() const;
    QByteArray run(const QString &sql, bool *ok) const;

    QString m_socketDir;
    int m_port;
    QString m_user;
};

} // namespace Pitwall::Test
