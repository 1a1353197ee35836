#pragma once

#include <QString>

#include <chrono>

namespace Pitwall {

/// Reads a source's password from the system keychain (QtKeychain: Secret
/// Service, KWallet, macOS Keychain, Windows Credential Store), service
/// "pitwall", key the source's name. Blocks the calling collector thread for at
/// most @p timeout; throws CollectorError naming what to do when there is none.
QString readKeychainPassword(const QString &where, const QString &source, std::chrono::milliseconds timeout);

} // namespace Pitwall
