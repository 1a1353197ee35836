#include "rediscli.h"

#include <QProcess>
#include <QtTest>

namespace Pitwall::Test {

QByteArray RedisCli::redisCli(const QStringList &arguments, const QByteArray &input) const
{
    QProcess process;
    QStringList all{QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port)};
    if (m_cluster)
        all << QStringLiteral("-c");
    process.start(QStringLiteral("redis-cli"), all + arguments);
    if (!process.waitForStarted(10'000)) {
        qWarning() << "redis-cli did not start:" << process.errorString();
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000))
        qWarning() << "redis-cli did not finish";
    const QByteArray errors = process.readAllStandardError();
    if (!errors.isEmpty())
        qWarning() << "redis-cli:" << errors.left(500);
    return process.readAllStandardOutput();
}

QByteArray RedisCli::run(const QStringList &arguments) const
{
    return redisCli(arguments, {});
}

QByteArray RedisCli::pipe(const QByteArray &commands) const
{
    return redisCli({}, commands);
}

bool RedisCli::massPipe(const QList<QStringList> &commands) const
{
    QByteArray protocol;
    for (const QStringList &command : commands) {
        protocol += '*' + QByteArray::number(command.size()) + "\r\n";
        for (const QString &argument : command) {
            const QByteArray bytes = argument.toUtf8();
            protocol += '$' + QByteArray::number(bytes.size()) + "\r\n" + bytes + "\r\n";
        }
    }
    const QByteArray output = redisCli({QStringLiteral("--pipe")}, protocol);
    const QByteArray summary = "errors: 0, replies: " + QByteArray::number(commands.size());
    return output.contains(summary);
}

QMap<QString, QString> RedisCli::info() const
{
    QMap<QString, QString> fields;
    const QList<QByteArray> lines = run({QStringLiteral("INFO"), QStringLiteral("everything")}).split('\n');
    for (const QByteArray &line : lines) {
        const QByteArray text = line.trimmed();
        const qsizetype colon = text.indexOf(':');
        if (text.startsWith('#') || colon <= 0)
            continue;
        fields.insert(QString::fromUtf8(text.left(colon)), QString::fromUtf8(text.mid(colon + 1)));
    }
    return fields;
}

} // namespace Pitwall::Test
