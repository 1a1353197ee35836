#pragma once

#include "sourcekind.h"

#include <QString>

namespace Pitwall {

/// A source as the window's Add / Edit source dialog writes it.
struct SourceEntry
{
    QString name;
    SourceKind kind = SourceKind::Postgres;
    /// Without a password: that goes to the keyring, or libpq's .pgpass.
    QString url;
    /// `password: keychain`: the password is in the OS keyring, key the source's name.
    bool passwordInKeychain = false;
};

/// Adds, changes and removes one entry of a profile's `sources:` list,
/// touching nothing else in the file: every other line, comments included,
/// stays as the engineer wrote it. An edited entry keeps its other keys
/// (`action_url`, `indexes`, …). The new text is validated before it
/// replaces the file, and the old one is kept as FILE.bak.
namespace ProfileSources {

/// The profile's text with @p entry added at the end of `sources:`; the
/// text unchanged and @p error set when a source of that name exists.
QString add(const QString &text, const SourceEntry &entry, QString *error);
/// The text with the source named @p name replaced by @p entry (a rename included).
QString replace(const QString &text, const QString &name, const SourceEntry &entry, QString *error);
/// The text without the source named @p name.
QString remove(const QString &text, const QString &name, QString *error);

/// Reads @p path, applies add (empty @p name), replace or (with no @p entry)
/// remove, checks that the result loads and holds what was asked, and writes it.
bool save(const QString &path, const QString &name, const SourceEntry *entry, QString *error);

} // namespace ProfileSources
} // namespace Pitwall
