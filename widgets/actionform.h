#pragma once

#include "actionrequest.h"
#include "profile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace Pitwall {

/// The options of one action, as a person chooses them before a plan is
/// read: the source, and the pattern, recipe, relations or table the action
/// needs. A request opened from a table row (cancel query) is shown, not edited.
class ActionForm : public QWidget
{
    Q_OBJECT

public:
    /// @p clickHouseTables: "db.table" names to offer for OPTIMIZE.
    ActionForm(const Profile &profile, const ActionRequest &initial, const QStringList &clickHouseTables,
               QWidget *parent = nullptr);

    /// The request as the form holds it now.
    ActionRequest request() const;
    /// What is still missing for a plan ("type a pattern"); empty when the request is complete.
    QString missing() const;
    /// A line for the dialog's title: "Flush cache", "Cancel query"…
    static QString actionTitle(const ActionRequest &request, const Profile &profile);
    /// The request names a sqlite source: VACUUM and optimize are SQLite's, on the whole file.
    static bool isSqlite(const Profile &profile, const ActionRequest &request);

Q_SIGNALS:
    void changed();

private:
    void addSourceChooser(const QList<SourceKind> &kinds);
    void updateRecipeDescription();

    Profile m_profile;
    ActionRequest m_initial;
    QComboBox *m_source = nullptr;
    QRadioButton *m_byPattern = nullptr;
    QRadioButton *m_wholeDatabase = nullptr;
    QLineEdit *m_pattern = nullptr;
    QComboBox *m_recipe = nullptr;
    QLabel *m_recipeDescription = nullptr;
    QPlainTextEdit *m_targets = nullptr;
    QComboBox *m_table = nullptr;
    QLineEdit *m_partition = nullptr;
    QCheckBox *m_wholeTable = nullptr;
};

} // namespace Pitwall
