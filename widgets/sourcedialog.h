#pragma once

#include "profile.h"
#include "profilesources.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Pitwall {

class ConnectionTest;

/// Add or edit one source of the profile: kind, URL, user and password.
/// "Test connection" polls it once off the GUI thread and shows what the
/// dashboard would; Save writes the source into the profile (comments
/// kept) and the password into the OS keyring, never into the file.
class SourceDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p editing: the source to edit, or none to add one.
    SourceDialog(const Profile &profile, const SourceConfig *editing, QWidget *parent = nullptr);
    ~SourceDialog() override;

    /// The source as the fields describe it, checked as the profile loader
    /// checks it; none, with @p error set, when it would be refused.
    std::optional<SourceConfig> source(QString *error) const;
    /// The entry to write into the profile.
    SourceEntry entry() const;
    QString password() const;
    /// The password goes into the keyring on save.
    bool remembersPassword() const;
    /// The name the source had when the dialog opened (empty: a new one).
    QString originalName() const { return m_original; }

    /// Runs the connection test; the result lands in the dialog's result line.
    void testConnection();
    QString testResult() const;
    bool isTesting() const { return m_test != nullptr; }

    QLineEdit *nameField() const { return m_name; }
    QComboBox *kindField() const { return m_kind; }
    QLineEdit *urlField() const { return m_url; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *rememberField() const { return m_remember; }

Q_SIGNALS:
    void testFinished(bool ok, const QString &message);

private:
    void updateHints();
    QString urlText() const;

    Profile m_profile;
    QString m_original;
    bool m_keychainBefore = false;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QPushButton *m_testButton;
    QLabel *m_result;
    ConnectionTest *m_test = nullptr;
};

} // namespace Pitwall
