#include "auditlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Pitwall {

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/pitwall/audit.jsonl");
}

AuditLog::AuditLog(QString path)
    : m_path(std::move(path))
{ }

bool AuditLog::append(const QJsonObject &entry, QString *error) const
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("cannot write the audit log %1: %2").arg(m_path, why);
        return false;
    };
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(QStringLiteral("cannot create its directory"));
    const QByteArray line = QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
#ifdef Q_OS_UNIX
    const QByteArray path = QFile::encodeName(m_path);
    const int fd = ::open(path.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    // One write of the whole line: with O_APPEND the kernel puts it at the end
    // in one piece, whoever else is appending.
    qsizetype written = 0;
    while (written < line.size()) {
        const ssize_t n = ::write(fd, line.constData() + written, size_t(line.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString why = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            return fail(why);
        }
        written += n;
    }
    if (::close(fd) != 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    return true;
#else
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return fail(file.errorString());
    if (file.write(line) != line.size())
        return fail(file.errorString());
    return true;
#endif
}

QJsonObject AuditLog::entry(const Profile &profile, const ActionRequest &request, const ActionPlan &plan,
                            const ActionOutcome &outcome)
{
    QJsonObject entry;
    entry.insert(QLatin1String("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    entry.insert(QLatin1String("user"), osUser());
    entry.insert(QLatin1String("host"), QHostInfo::localHostName());
    entry.insert(QLatin1String("pid"), qint64(QCoreApplication::applicationPid()));
    entry.insert(QLatin1String("profile"),
                 profile.filePath.isEmpty() ? QString() : QFileInfo(profile.filePath).absoluteFilePath());
    entry.insert(QLatin1String("source"), plan.source.isEmpty() ? request.source : plan.source);
    entry.insert(QLatin1String("action"), request.name());
    entry.insert(QLatin1String("origin"), request.origin);
    entry.insert(QLatin1String("read_only"), profile.readOnly);
    entry.insert(QLatin1String("title"), plan.title);
    entry.insert(QLatin1String("statements"), QJsonArray::fromStringList(plan.statements));
    entry.insert(QLatin1String("estimate"), plan.estimate);
    entry.insert(QLatin1String("outcome"), outcome.statusName());
    entry.insert(QLatin1String("message"), outcome.message);
    if (!outcome.details.isEmpty())
        entry.insert(QLatin1String("details"), QJsonArray::fromStringList(outcome.details));
    entry.insert(QLatin1String("duration_ms"), outcome.durationMs);
    return entry;
}

QString AuditLog::osUser()
{
#ifdef Q_OS_UNIX
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace Pitwall
