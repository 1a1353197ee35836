#pragma once

#include "actionrequest.h"
#include "tablepane.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Pitwall {

class Session;

/// The dashboard's table of index recommendations: computed, curated and
/// applied ones of every postgres source, with "Refresh advice" (the advisor
/// runs off the GUI thread), "Apply…" and "Undo…" (they ask for the action,
/// which the ActionDialog plans, confirms and runs), and a line that says
/// what the advisor found no index can help, or why it could not judge.
/// Below the table, the selected recommendation's plans before and after.
class RecommendationsPane : public TablePane
{
    Q_OBJECT

public:
    explicit RecommendationsPane(Session *session, QWidget *parent = nullptr);

    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *undoButton() const { return m_undo; }
    QLabel *statusLabel() const { return m_status; }
    /// The selected recommendation's statements, each with its plan before and after the index.
    QPlainTextEdit *planView() const { return m_plans; }

    /// apply-index of the recommendation in @p row of the model.
    ActionRequest applyRequest(int row) const;
    /// drop-index of the applied index in @p row.
    ActionRequest undoRequest(int row) const;

Q_SIGNALS:
    void actionRequested(const Pitwall::ActionRequest &request);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateButtons();
    void updateStatus();
    void updatePlans();

    Session *m_session;
    QPushButton *m_refresh;
    QPushButton *m_apply;
    QPushButton *m_undo;
    QLabel *m_status;
    QPlainTextEdit *m_plans;
};

} // namespace Pitwall
