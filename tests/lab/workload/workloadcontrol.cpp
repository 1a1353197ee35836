#include "workloadcontrol.h"

#include <QFile>

#include <cstdlib>

namespace {
QMap<QString, QString> readKeyValues(const QString &path, bool *ok)
{
    QMap<QString, QString> values;
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    if (!*ok)
        return values;
    const auto lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (QString line : lines) {
        line = line.trimmed();
        if (line.startsWith(QLatin1String("export ")))
            line = line.mid(7);
        const int eq = line.indexOf(QLatin1Char('='));
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || eq <= 0)
            continue;
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))))
            value = value.mid(1, value.size() - 2);
        values.insert(line.left(eq).trimmed(), value);
    }
    return values;
}
} // namespace

bool WorkloadControl::loadEnvironment(const QString &path)
{
    bool ok = false;
    m_env = readKeyValues(path, &ok);
    // libpq reads PGPASSFILE from the environment: that is how the passwords arrive.
    for (auto it = m_env.cbegin(); it != m_env.cend(); ++it)
        setenv(it.key().toUtf8().constData(), it.value().toUtf8().constData(), 1);
    return ok;
}

void WorkloadControl::reload()
{
    bool ok = false;
    auto knobs = readKeyValues(m_controlPath, &ok);
    if (!ok)
        return;
    std::lock_guard lock(m_mutex);
    m_knobs = std::move(knobs);
}

double WorkloadControl::number(const QString &key, double fallback) const
{
    std::lock_guard lock(m_mutex);
    bool ok = false;
    const double value = m_knobs.value(key).toDouble(&ok);
    return ok ? value : fallback;
}

bool WorkloadControl::flag(const QString &key) const
{
    std::lock_guard lock(m_mutex);
    const QString value = m_knobs.value(key);
    return value == QLatin1String("on") || value == QLatin1String("true") || value == QLatin1String("1");
}

QString WorkloadControl::text(const QString &key) const
{
    std::lock_guard lock(m_mutex);
    return m_knobs.value(key).trimmed();
}
