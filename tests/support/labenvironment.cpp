#include "labenvironment.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace Pitwall::Test {

namespace {
QString readPointer()
{
    QString path = qEnvironmentVariable("PITWALL_LAB_POINTER");
    if (path.isEmpty())
        path = QStringLiteral("/tmp/pitwall-lab.current");
    QFile pointer(path);
    if (!pointer.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(pointer.readAll()).trimmed();
}
} // namespace

LabEnvironment LabEnvironment::find()
{
    LabEnvironment lab;
    QString dir = qEnvironmentVariable("PITWALL_LAB");
    if (dir.isEmpty())
        dir = readPointer();
    if (dir.isEmpty())
        return lab;
    QFile env(dir + QLatin1String("/lab.env"));
    if (!env.open(QIODevice::ReadOnly))
        return lab;
    static const QRegularExpression line(QStringLiteral("^(?:export\\s+)?([A-Z0-9_]+)=['\"]?(.*?)['\"]?$"));
    const auto lines = QString::fromUtf8(env.readAll()).split(QLatin1Char('\n'));
    for (const auto &text : lines) {
        const auto match = line.match(text.trimmed());
        if (match.hasMatch())
            lab.m_values.insert(match.captured(1), match.captured(2));
    }
    return lab;
}

int LabEnvironment::lab(const QStringList &arguments) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(QStringLiteral(PITWALL_SOURCE_DIR "/tests/lab/lab"), arguments);
    if (!process.waitForFinished(120'000))
        return -1;
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString testOutputDir()
{
    QString dir = qEnvironmentVariable("PITWALL_TEST_OUTPUT");
    if (dir.isEmpty())
        dir = QDir::tempPath() + QLatin1String("/pitwall-test-output");
    QDir().mkpath(dir);
    return dir;
}

bool inCi()
{
    const QString ci = qEnvironmentVariable("CI");
    return !ci.isEmpty() && ci != QLatin1String("false") && ci != QLatin1String("0");
}

} // namespace Pitwall::Test
