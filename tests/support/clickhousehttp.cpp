#include "clickhousehttp.h"

#include <QProcess>
#include <QUrl>
#include <QtTest>

namespace Pitwall::Test {

ClickHouseHttp::ClickHouseHttp(const LabEnvironment &lab)
    : m_port(lab.port(QStringLiteral("CH_HTTP_PORT")))
{ }

QByteArray ClickHouseHttp::query(const QString &sql, bool *ok) const
{
    QProcess process;
    process.start(QStringLiteral("curl"),
                  {QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("60"), QStringLiteral("-w"),
                   QStringLiteral("\n%{http_code}"), QStringLiteral("--data-binary"), QStringLiteral("@-"),
                   QStringLiteral("http://127.0.0.1:%1/").arg(m_port)});
    process.write(sql.toUtf8());
    process.closeWriteChannel();
    process.waitForFinished(90'000);
    QByteArray output = process.readAllStandardOutput();
    const qsizetype lastLine = output.lastIndexOf('\n');
    const QByteArray status = output.mid(lastLine + 1);
    output.truncate(std::max<qsizetype>(0, lastLine));
    const bool good = status == "200";
    if (!good)
        qWarning().noquote() << "ClickHouse answered" << status << QString::fromUtf8(output.left(500)) << "to"
                             << sql.left(300);
    if (ok)
        *ok = good;
    return output;
}

std::unique_ptr<QProcess> ClickHouseHttp::start(const QString &sql, const QString &queryId) const
{
    auto process = std::make_unique<QProcess>();
    process->start(QStringLiteral("curl"),
                   {QStringLiteral("-sS"), QStringLiteral("--data-binary"), sql,
                    QStringLiteral("http://127.0.0.1:%1/?query_id=%2")
                        .arg(m_port)
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(queryId)))});
    process->waitForStarted(10'000);
    return process;
}

} // namespace Pitwall::Test
