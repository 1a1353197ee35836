#pragma once

#include "profile.h"

#include <QObject>

#include <memory>

namespace Pitwall {

class SourceRunner;

/// One poll of a source not yet in the profile ("Test connection" in the
/// source dialog), off the GUI thread: finished() carries the same message
/// the dashboard would show for it, a hang included.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    /// @p profile gives the interval, thresholds and panels the poll uses.
    ConnectionTest(const SourceConfig &source, const Profile &profile, QObject *parent = nullptr);
    ~ConnectionTest() override;

    void start();

Q_SIGNALS:
    /// @p ok: the source answered with data.
    void finished(bool ok, const QString &message);

private:
    std::unique_ptr<SourceRunner> m_runner;
    bool m_done = false;
};

/// Stores a source's password in the OS keyring (QtKeychain: Secret Service,
/// KWallet, macOS Keychain, Windows Credential Store), service "pitwall",
/// key @p key, without blocking: @p done gets an empty string once it is
/// stored, else what the keyring said.
void storeKeyringPassword(const QString &key, const QString &password, QObject *context,
                          std::function<void(const QString &error)> done);

} // namespace Pitwall
