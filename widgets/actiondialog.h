#pragma once

#include "actionoutcome.h"
#include "actionplan.h"
#include "actionrequest.h"
#include "profile.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Pitwall {

class ActionForm;
class ActionRunner;

/// One action, safely: its options, then its plan — the exact statements in
/// a read-only monospace box, what they touch, the estimate — then, after
/// "Run" (for a destructive plan only once its word is typed), a progress bar
/// with Cancel, and the outcome. The action is planned and run by an
/// ActionRunner on a thread of its own; every run, and a plan closed without
/// running, leaves its line in the audit log.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p clickHouseTables: "db.table" names to offer for OPTIMIZE.
    ActionDialog(const Profile &profile, const ActionRequest &request, const QStringList &clickHouseTables = {},
                 QWidget *parent = nullptr);
    ~ActionDialog() override;

    /// Reads the plan of what the form holds now.
    void preview();

    ActionRunner *runner() const { return m_runner.get(); }
    QPushButton *runButton() const { return m_run; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *nextStepButton() const { return m_nextStep; }
    QLineEdit *confirmation() const { return m_confirmation; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *outcomeLabel() const { return m_outcome; }
    ActionForm *form() const { return m_form; }

    void reject() override;

Q_SIGNALS:
    /// The person asked for the outcome's second step (terminating a backend), to be confirmed on its own.
    void nextStepRequested(const Pitwall::ActionRequest &request);
    /// A plan is shown (for tests and screenshots).
    void planShown(const Pitwall::ActionPlan &plan);
    /// The action ended, or was refused.
    void finished(const Pitwall::ActionOutcome &outcome);

private:
    void showPlan(const ActionPlan &plan);
    void showProgress(int percent, const QString &text);
    void showOutcome(const ActionOutcome &outcome);
    void run();
    void formChanged();
    void updateRunButton();
    void clearPlan();

    Profile m_profile;
    std::unique_ptr<ActionRunner> m_runner;
    ActionForm *m_form;
    QPushButton *m_preview;
    QGroupBox *m_planBox;
    QLabel *m_planTitle;
    QPlainTextEdit *m_statements;
    QLabel *m_details;
    QLabel *m_refusal;
    QWidget *m_confirmRow;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirmation;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_outcome;
    QDialogButtonBox *m_buttons;
    QPushButton *m_run;
    QPushButton *m_nextStep;
    QPushButton *m_close;
    std::optional<ActionRequest> m_nextRequest;
};

} // namespace Pitwall
