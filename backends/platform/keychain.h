#pragma once

#include "profile.h"

#include <QString>

#include <chrono>

namespace Pitwall {

/// Reads a source's password from the system keychain (QtKeychain: Secret
/// Service, KWallet, macOS Keychain, Windows Credential Store), service
/// "pitwall", key the source's name. Blocks the calling collector thread for at
/// most @p timeout; throws CollectorError naming what to do when there is none.
QString readKeychainPassword(const QString &where, const QString &source, std::chrono::milliseconds timeout);

/// The password of @p source: the one typed into the window, else from the
/// environment variable the profile names, or the system keychain; empty when the profile names neither (libpq
/// then uses .pgpass). Throws CollectorError, starting with @p where, when it
/// cannot be had.
QString sourcePassword(const SourceConfig &source, const QString &where, std::chrono::milliseconds timeout);

} // namespace Pitwall
