#include "psql.h"

#include <QProcess>
#include <QtTest>

namespace Pitwall::Test {

Psql::Psql(const LabEnvironment &lab, QString user)
    : m_socketDir(lab.value(QStringLiteral("PG_SOCKET_DIR")))
    , m_port(lab.port(QStringLiteral("PG_PORT")))
    , m_user(std::move(user))
{ }

QStringList Psql::arguments() const
{
    return {QStringLiteral("-X"),
            QStringLiteral("-q"),
            QStringLiteral("-At"),
            QStringLiteral("-F"),
            QStringLiteral("\x1f"),
            QStringLiteral("-v"),
            QStringLiteral("ON_ERROR_STOP=1"),
            QStringLiteral("-h"),
            m_socketDir,
            QStringLiteral("-p"),
            QString::number(m_port),
            QStringLiteral("-U"),
            m_user,
            QStringLiteral("-d"),
            QStringLiteral("lab")};
}

QByteArray Psql::run(const QString &sql, bool *ok) const
{
    QProcess process;
    process.start(QStringLiteral("psql"), arguments());
    process.write(sql.toUtf8());
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(120'000);
    const QByteArray errors = process.readAllStandardError();
    *ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!*ok)
        qWarning().noquote() << "psql failed:" << QString::fromUtf8(errors.left(1000)) << "for" << sql.left(300);
    return process.readAllStandardOutput();
}

bool Psql::exec(const QString &sql) const
{
    bool ok = false;
    run(sql, &ok);
    return ok;
}

QString Psql::value(const QString &sql) const
{
    const auto all = rows(sql);
    return all.isEmpty() ? QString() : all.first().value(0);
}

QList<QStringList> Psql::rows(const QString &sql) const
{
    bool ok = false;
    const QByteArray output = run(sql, &ok);
    QList<QStringList> rows;
    for (const QString &line : QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        rows << line.split(QChar(0x1f));
    return rows;
}

std::unique_ptr<QProcess> Psql::start(const QString &sql) const
{
    auto process = std::make_unique<QProcess>();
    process->start(QStringLiteral("psql"), arguments() << QStringLiteral("-c") << sql);
    process->waitForStarted(10'000);
    return process;
}

} // namespace Pitwall::Test
