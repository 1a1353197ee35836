#pragma once

#include <QMenu>

namespace Pitwall {

class Session;
class SourceDialog;
struct SourceEntry;

/// File → Sources: add, edit and remove a source of the open profile. The
/// dialog tests a connection off the GUI thread; on save the password goes
/// into the OS keyring first, then the source into the profile file
/// (ProfileSources: comments kept, a .bak beside it), and profileSaved()
/// asks the window to open the profile again.
class SourcesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit SourcesMenu(QWidget *parent);

    /// The session whose profile the menu edits (none: only a disabled "Add source").
    void setSession(Session *session);

    /// Opens the dialog: to add a source (empty @p name) or edit one.
    SourceDialog *editSource(const QString &name = QString());
    /// Asks, then removes the source from the profile.
    void removeSource(const QString &name);

    /// The password (if any) into the keyring, then @p entry into the profile
    /// in place of @p original (empty: added).
    void saveSource(const QString &original, const SourceEntry &entry, const QString &password);

Q_SIGNALS:
    /// The profile at @p path was saved: the window opens it again.
    void profileSaved(const QString &path, const QString &message);

private:
    void rebuild();

    Session *m_session = nullptr;
};

} // namespace Pitwall
