#include "passwordprompt.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Pitwall {

PasswordPrompt::PasswordPrompt(const QString &source, const QString &message, bool canRemember, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the password in the system keyring"), this))
{
    setObjectName(QStringLiteral("passwordPrompt"));
    setWindowTitle(tr("Password for %1").arg(source));
    auto *why = new QLabel(message, this);
    why->setWordWrap(true);
    why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    why->setMinimumWidth(420);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("the password of %1").arg(source));
    m_remember->setChecked(canRemember);
    m_remember->setEnabled(canRemember);
    if (!canRemember)
        m_remember->setToolTip(tr("The profile cannot be written: the password is used until Pitwall closes."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(why);
    layout->addWidget(m_password);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
}

QString PasswordPrompt::password() const
{
    return m_password->text();
}

bool PasswordPrompt::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

} // namespace Pitwall
