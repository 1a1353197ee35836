#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace Pitwall {

/// Asks for the password of a source whose server refused the one it had
/// (or wanted one), after the collector's own message; offers to remember
/// it in the OS keyring.
class PasswordPrompt : public QDialog
{
    Q_OBJECT

public:
    PasswordPrompt(const QString &source, const QString &message, bool canRemember, QWidget *parent = nullptr);

    QString source() const { return m_source; }
    QString password() const;
    bool remember() const;

    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *rememberField() const { return m_remember; }

private:
    QString m_source;
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

} // namespace Pitwall
