#pragma once

#include "actionrequest.h"
#include "tablepane.h"

class QComboBox;
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
    /// The indexes the statistics say can go (unused, duplicate, invalid), and the button that drops the chosen one.
    QComboBox *droppableBox() const { return m_droppable; }
    QPushButton *dropButton() const { return m_drop; }
    /// The selected recommendation's statements, each with its plan before and after the index.
    QPlainTextEdit *planView() const { return m_plans; }

    /// apply-index of the recommendation in @p row of the model.
    ActionRequest applyRequest(int row) const;
    /// drop-index of the applied index in @p row.
    ActionRequest undoRequest(int row) const;
    /// The advised drop-index of the index chosen in droppableBox(); an empty source when none is.
    ActionRequest advisedDropRequest() const;

Q_SIGNALS:
    void actionRequested(const Pitwall::ActionRequest &request);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateButtons();
    void updateStatus();
    void updatePlans();
    void updateDroppable();

    Session *m_session;
    QPushButton *m_refresh;
    QPushButton *m_apply;
    QPushButton *m_undo;
    QLabel *m_status;
    QPlainTextEdit *m_plans;
    QComboBox *m_droppable;
    QPushButton *m_drop;
};

} // namespace Pitwall
