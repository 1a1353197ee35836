#pragma once

#include "profile.h"
#include "profilesources.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Pitwall {

/// What the window shows with no profile: the servers the local probe found
/// on this machine's standard ports, each to be watched or left out, and the
/// ways on — watch them, add a source of one's own (saved into a new
/// profile), or open a profile.
class WelcomeView : public QWidget
{
    Q_OBJECT

public:
    /// @p found: the probe's profile (no file); @p lookedAt: where it looked, for a person.
    WelcomeView(const Profile &found, const QString &lookedAt, QWidget *parent = nullptr);

    /// The found profile with only the checked sources.
    Profile checked() const;

    /// Where "Add source…" writes its profile: local.yaml in the application's
    /// configuration directory, or local-2.yaml, … where that exists.
    static QString newProfilePath();

    QListWidget *foundList() const { return m_list; }
    QPushButton *watchButton() const { return m_watch; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *openButton() const { return m_open; }

Q_SIGNALS:
    void watchRequested(const Pitwall::Profile &profile);
    /// "Add source…" wrote @p path: the checked sources and the new one (its
    /// password already in the keyring). Connect it queued: opening the
    /// profile replaces this view.
    void profileCreated(const QString &path);
    void openRequested();

private:
    /// The source dialog; on OK, the new profile is written and announced.
    void addSource();
    /// Writes the checked sources and @p added to a new profile; its path, or empty after a warning.
    QString writeNewProfile(const SourceEntry &added);

    Profile m_found;
    QListWidget *m_list;
    QPushButton *m_watch;
    QPushButton *m_add;
    QPushButton *m_open;
};

} // namespace Pitwall
