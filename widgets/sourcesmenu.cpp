#include "sourcesmenu.h"

#include "connectiontest.h"
#include "profilesources.h"
#include "session.h"
#include "sourcedialog.h"

#include <QFileInfo>
#include <QMessageBox>

namespace Pitwall {

SourcesMenu::SourcesMenu(QWidget *parent)
    : QMenu(tr("&Sources"), parent)
{
    rebuild();
}

void SourcesMenu::setSession(Session *session)
{
    m_session = session;
    rebuild();
}

void SourcesMenu::rebuild()
{
    clear();
    const bool editable = m_session && QFileInfo(m_session->profile().filePath).isWritable();
    addAction(tr("&Add source…"), this, [this] { editSource(); })->setEnabled(editable);
    if (!m_session)
        return;
    auto *edit = addMenu(tr("&Edit"));
    auto *remove = addMenu(tr("&Remove"));
    for (const SourceConfig &source : m_session->profile().sources) {
        const QString name = source.name;
        edit->addAction(name + QStringLiteral("…"), this, [this, name] { editSource(name); });
        remove->addAction(name + QStringLiteral("…"), this, [this, name] { removeSource(name); });
    }
    edit->setEnabled(editable && !edit->isEmpty());
    remove->setEnabled(editable && !remove->isEmpty());
}

SourceDialog *SourcesMenu::editSource(const QString &name)
{
    if (!m_session)
        return nullptr;
    auto *dialog = new SourceDialog(m_session->profile(), m_session->profile().source(name), parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        saveSource(dialog->originalName(), dialog->entry(),
                   dialog->remembersPassword() ? dialog->password() : QString());
    });
    dialog->open();
    return dialog;
}

void SourcesMenu::saveSource(const QString &original, const SourceEntry &entry, const QString &password)
{
    const QString path = m_session->profile().filePath;
    const auto write = [this, path, original, entry] {
        QString error;
        if (!ProfileSources::save(path, original, &entry, &error)) {
            QMessageBox::warning(parentWidget(), tr("Profile not saved"), error);
            return;
        }
        Q_EMIT profileSaved(path, tr("Saved %1 into %2").arg(entry.name, path));
    };
    if (password.isEmpty()) {
        write();
        return;
    }
    // The password first: a profile saying "keychain" with nothing there would fail every poll.
    storeKeyringPassword(entry.name, password, this, [this, write](const QString &error) {
        if (!error.isEmpty()) {
            QMessageBox::warning(
                parentWidget(), tr("Password not stored"),
                tr("The system keyring refused the password: %1\nThe profile is unchanged.").arg(error));
            return;
        }
        write();
    });
}

void SourcesMenu::removeSource(const QString &name)
{
    if (!m_session)
        return;
    const QString path = m_session->profile().filePath;
    if (QMessageBox::question(
            parentWidget(), tr("Remove source"),
            tr("Remove %1 from %2? Its history stays in the session file.").arg(name, QFileInfo(path).fileName()))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!ProfileSources::save(path, name, nullptr, &error)) {
        QMessageBox::warning(parentWidget(), tr("Profile not saved"), error);
        return;
    }
    Q_EMIT profileSaved(path, tr("Removed %1 from %2").arg(name, path));
}

} // namespace Pitwall
