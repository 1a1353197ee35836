#include "timerangebar.h"

#include "timewindow.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QToolButton>

#include <array>
#include <chrono>

namespace Pitwall {

namespace {
using namespace std::chrono_literals;
struct Preset
{
    const char *label;
    std::chrono::milliseconds span;
};
const std::array<Preset, 5> presets{{{"5m", 5min}, {"15m", 15min}, {"1h", 1h}, {"6h", 6h}, {"24h", 24h}}};
constexpr int customId = 100;
} // namespace

TimeRangeBar::TimeRangeBar(TimeWindow *window, QWidget *parent)
    : QWidget(parent)
    , m_window(window)
    , m_presets(new QButtonGroup(this))
    , m_live(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (int i = 0; i < int(presets.size()); ++i) {
        auto *button = new QToolButton(this);
        button->setText(QLatin1String(presets[size_t(i)].label));
        button->setCheckable(true);
        button->setToolTip(tr("Show the last %1").arg(button->text()));
        m_presets->addButton(button, i);
        layout->addWidget(button);
    }
    auto *custom = new QToolButton(this);
    custom->setText(tr("Custom…"));
    custom->setCheckable(true);
    m_presets->addButton(custom, customId);
    layout->addWidget(custom);
    layout->addSpacing(8);
    m_live->setCheckable(true);
    layout->addWidget(m_live);

    connect(m_presets, &QButtonGroup::idClicked, this, [this](int id) {
        if (id == customId)
            chooseCustom();
        else
            m_window->setSpan(presets[size_t(id)].span);
    });
    connect(m_live, &QToolButton::clicked, this, [this](bool live) { m_window->setLive(live); });
    connect(window, &TimeWindow::changed, this, &TimeRangeBar::sync);
    sync();
}

void TimeRangeBar::toggleLive()
{
    m_window->setLive(!m_window->isLive());
}

void TimeRangeBar::sync()
{
    int checked = customId;
    for (int i = 0; i < int(presets.size()); ++i) {
        if (m_window->isLive() && m_window->span() == presets[size_t(i)].span)
            checked = i;
    }
    if (auto *button = m_presets->button(checked))
        button->setChecked(true);
    m_live->setChecked(m_window->isLive());
    m_live->setText(m_window->isLive() ? tr("● Live") : tr("❚❚ Paused"));
    m_live->setToolTip(m_window->isLive() ? tr("Following now; click to pause") : tr("Paused; click to follow now"));
}

void TimeRangeBar::chooseCustom()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Custom time range"));
    auto *form = new QFormLayout(&dialog);
    auto *from = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(m_window->fromMs()), &dialog);
    auto *to = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(m_window->toMs()), &dialog);
    for (auto *edit : {from, to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    form->addRow(tr("From"), from);
    form->addRow(tr("To"), to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted && from->dateTime() < to->dateTime())
        m_window->setRange(from->dateTime().toMSecsSinceEpoch(), to->dateTime().toMSecsSinceEpoch());
    sync();
}

} // namespace Pitwall
