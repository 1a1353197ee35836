#include "actiondialog.h"

#include "actionform.h"
#include "actionrunner.h"
#include "levelpalette.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Pitwall {

namespace {
QString htmlList(const QString &heading, const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<p><b>%1</b></p><ul style=\"margin-top:0\">").arg(heading.toHtmlEscaped());
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}
} // namespace

ActionDialog::ActionDialog(const Profile &profile, const ActionRequest &request, const QStringList &clickHouseTables,
                           QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_form(new ActionForm(profile, request, clickHouseTables, this))
    , m_preview(new QPushButton(tr("&Preview plan"), this))
    , m_planBox(new QGroupBox(tr("Plan"), this))
    , m_planTitle(new QLabel(m_planBox))
    , m_statements(new QPlainTextEdit(m_planBox))
    , m_details(new QLabel(m_planBox))
    , m_refusal(new QLabel(this))
    , m_confirmRow(new QWidget(this))
    , m_confirmLabel(new QLabel(m_confirmRow))
    , m_confirmation(new QLineEdit(m_confirmRow))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(ActionForm::actionTitle(request, profile)
                   + (profile.readOnly ? tr(" — read-only profile") : QString()));
    setMinimumWidth(720);
    resize(820, 720);

    m_planTitle->setWordWrap(true);
    QFont titleFont = m_planTitle->font();
    titleFont.setBold(true);
    m_planTitle->setFont(titleFont);
    m_statements->setReadOnly(true);
    m_statements->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_statements->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_statements->setMaximumHeight(m_statements->fontMetrics().lineSpacing() * 8 + 14);
    m_statements->setAccessibleName(tr("Statements"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *planLayout = new QVBoxLayout(m_planBox);
    planLayout->addWidget(m_planTitle);
    planLayout->addWidget(new QLabel(tr("Statements, exactly as they will be sent:"), m_planBox));
    planLayout->addWidget(m_statements);
    // Touches, samples and notes may be long: they scroll, the statements and the buttons stay in sight.
    auto *detailsArea = new QScrollArea(m_planBox);
    detailsArea->setWidgetResizable(true);
    detailsArea->setFrameShape(QFrame::NoFrame);
    detailsArea->setWidget(m_details);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    planLayout->addWidget(detailsArea, 1);

    const QColor critical = LevelPalette::color(Level::Critical, palette());
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: %1; font-weight: bold").arg(critical.name()));
    m_confirmLabel->setWordWrap(true);
    m_confirmLabel->setTextFormat(Qt::RichText);
    m_confirmation->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *confirmLayout = new QVBoxLayout(m_confirmRow);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->addWidget(m_confirmLabel);
    confirmLayout->addWidget(m_confirmation);
    m_progress->setTextVisible(true);
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::RichText);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_run = m_buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
    m_nextStep = m_buttons->addButton(tr("&Terminate backend…"), QDialogButtonBox::ActionRole);
    m_close = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_run->setDefault(false);
    m_run->setAutoDefault(false);
    m_preview->setAutoDefault(false);
    connect(m_run, &QPushButton::clicked, this, &ActionDialog::run);
    connect(m_close, &QPushButton::clicked, this, &ActionDialog::reject);
    connect(m_nextStep, &QPushButton::clicked, this, [this] {
        if (m_nextRequest)
            Q_EMIT nextStepRequested(*m_nextRequest);
    });
    connect(m_preview, &QPushButton::clicked, this, &ActionDialog::preview);
    connect(m_form, &ActionForm::changed, this, &ActionDialog::formChanged);
    connect(m_confirmation, &QLineEdit::textChanged, this, &ActionDialog::updateRunButton);

    auto *previewRow = new QHBoxLayout;
    previewRow->addStretch(1);
    previewRow->addWidget(m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addLayout(previewRow);
    layout->addWidget(m_planBox, 1);
    layout->addWidget(m_refusal);
    layout->addWidget(m_confirmRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addWidget(m_outcome);
    layout->addWidget(m_buttons);

    clearPlan();
    if (m_form->missing().isEmpty())
        preview();
}

ActionDialog::~ActionDialog() = default;

void ActionDialog::clearPlan()
{
    m_planTitle->setText(tr("No plan yet: choose the options and preview the plan."));
    m_statements->clear();
    m_details->clear();
    m_refusal->hide();
    m_confirmRow->hide();
    m_confirmation->clear();
    m_progress->hide();
    m_progressText->hide();
    m_outcome->hide();
    m_nextStep->hide();
    updateRunButton();
}

void ActionDialog::formChanged()
{
    if (m_runner && m_runner->state() == ActionRunner::State::Running)
        return;
    // A plan is for the options it was read with: a new choice needs a new plan.
    m_runner.reset();
    clearPlan();
    m_preview->setEnabled(m_form->missing().isEmpty());
}

void ActionDialog::preview()
{
    if (m_runner && m_runner->state() == ActionRunner::State::Running)
        return;
    m_runner.reset();
    clearPlan();
    if (const QString missing = m_form->missing(); !missing.isEmpty()) {
        m_refusal->setText(missing);
        m_refusal->show();
        return;
    }
    auto created = ActionRunner::create(m_form->request(), m_profile);
    if (const auto *error = std::get_if<QString>(&created)) {
        m_refusal->setText(*error);
        m_refusal->show();
        return;
    }
    m_runner = std::move(std::get<std::unique_ptr<ActionRunner>>(created));
    connect(m_runner.get(), &ActionRunner::planned, this, &ActionDialog::showPlan);
    connect(m_runner.get(), &ActionRunner::progress, this, &ActionDialog::showProgress);
    connect(m_runner.get(), &ActionRunner::finished, this, &ActionDialog::showOutcome);
    m_planTitle->setText(tr("Reading the plan from %1…").arg(m_runner->request().source));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_preview->setEnabled(false);
    m_runner->startPlanning();
}

void ActionDialog::showPlan(const ActionPlan &plan)
{
    m_progress->hide();
    m_preview->setEnabled(true);
    m_planTitle->setText(plan.title);
    m_statements->setPlainText(plan.statements.join(QLatin1Char('\n')));
    QString details;
    if (!plan.estimate.isEmpty())
        details += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Estimate:"), plan.estimate.toHtmlEscaped());
    details += htmlList(tr("Touches"), plan.touches);
    details += htmlList(tr("Sample"), plan.sample);
    details += htmlList(tr("Notes"), plan.notes);
    m_details->setText(details);
    if (!plan.refusal.isEmpty()) {
        m_refusal->setText(tr("Will not run: %1").arg(plan.refusal));
        m_refusal->show();
    } else if (plan.nothingToDo) {
        m_refusal->setText(tr("Nothing to do."));
        m_refusal->show();
    } else if (plan.isDestructive()) {
        m_confirmLabel->setText(
            tr("<b style=\"color:%1\">This is destructive.</b> Type <code>%2</code> to confirm:")
                .arg(LevelPalette::color(Level::Critical, palette()).name(), plan.confirmWord.toHtmlEscaped()));
        m_confirmRow->show();
        m_confirmation->setFocus();
    }
    updateRunButton();
    Q_EMIT planShown(plan);
}

void ActionDialog::updateRunButton()
{
    bool ready = m_runner && m_runner->state() == ActionRunner::State::Planned && m_runner->plan().isRunnable();
    if (ready && m_runner->plan().isDestructive())
        ready = m_confirmation->text() == m_runner->plan().confirmWord;
    m_run->setEnabled(ready);
}

void ActionDialog::run()
{
    if (!m_run->isEnabled() || !m_runner)
        return;
    m_form->setEnabled(false);
    m_preview->setEnabled(false);
    m_confirmation->setEnabled(false);
    m_run->setEnabled(false);
    m_close->setText(tr("Cancel action"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_progressText->setText(tr("Running…"));
    m_progressText->show();
    m_runner->run(m_confirmation->text());
}

void ActionDialog::showProgress(int percent, const QString &text)
{
    if (percent < 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 100);
        m_progress->setValue(percent);
    }
    m_progressText->setText(text);
}

void ActionDialog::showOutcome(const ActionOutcome &outcome)
{
    m_progress->setRange(0, 100);
    m_progress->setValue(outcome.status == ActionOutcome::Status::Done ? 100 : m_progress->value());
    m_progress->setVisible(outcome.status == ActionOutcome::Status::Done
                           || outcome.status == ActionOutcome::Status::Cancelled
                           || outcome.status == ActionOutcome::Status::Failed);
    m_progressText->hide();
    const bool good
        = outcome.status == ActionOutcome::Status::Done || outcome.status == ActionOutcome::Status::NothingToDo;
    const QColor color = LevelPalette::color(good ? Level::Ok : Level::Critical, palette());
    QString html = QStringLiteral("<p style=\"color:%1\"><b>%2</b> %3</p>")
                       .arg(color.name(), outcome.statusName().toHtmlEscaped(), outcome.message.toHtmlEscaped());
    html += htmlList(QString(), outcome.details);
    m_outcome->setText(html);
    m_outcome->show();
    m_close->setText(tr("Close"));
    m_nextRequest = outcome.nextStep;
    m_nextStep->setVisible(bool(m_nextRequest));
    updateRunButton();
    Q_EMIT finished(outcome);
}

void ActionDialog::reject()
{
    if (m_runner && m_runner->state() == ActionRunner::State::Running) {
        // Closing does not leave an action running unseen: it is asked to stop, and the outcome shown.
        m_runner->cancel();
        m_close->setEnabled(false);
        m_progressText->setText(tr("Stopping…"));
        connect(m_runner.get(), &ActionRunner::finished, this, [this] { m_close->setEnabled(true); });
        return;
    }
    if (m_runner && m_runner->state() == ActionRunner::State::Planned)
        m_runner->finishNotConfirmed(QStringLiteral("not confirmed: the dialog was closed without running the plan"));
    QDialog::reject();
}

} // namespace Pitwall
