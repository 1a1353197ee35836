#include "thresholdsdialog.h"

#include "duration.h"
#include "profilewriter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Pitwall {

namespace {
QString limitText(const std::optional<double> &limit)
{
    return limit ? QString::number(*limit, 'g', 12) : QString();
}
} // namespace

ThresholdsDialog::ThresholdsDialog(const Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_interval(new QLineEdit(formatDuration(profile.interval), this))
    , m_table(new QTableWidget(int(profile.thresholds.size()), 7, this))
{
    setWindowTitle(tr("Thresholds and poll interval"));
    auto *form = new QFormLayout;
    form->addRow(tr("Poll interval"), m_interval);
    m_interval->setToolTip(tr("e.g. 5s, 500ms, 1m"));

    m_table->setHorizontalHeaderLabels(
        {tr("Metric"), tr("Unit"), tr("Direction"), tr("Warning"), tr("Critical"), tr("Emergency"), tr("For")});
    m_table->verticalHeader()->hide();
    int row = 0;
    for (auto it = profile.thresholds.cbegin(); it != profile.thresholds.cend(); ++it, ++row) {
        auto *metric = new QTableWidgetItem(it.key());
        metric->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, MetricColumn, metric);
        auto *unit = new QTableWidgetItem(it->unit);
        unit->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, UnitColumn, unit);
        auto *direction = new QComboBox(m_table);
        direction->addItem(tr("not judged"), QString());
        direction->addItem(tr("above"), QStringLiteral("above"));
        direction->addItem(tr("below"), QStringLiteral("below"));
        direction->setCurrentIndex(!it->direction ? 0 : *it->direction == ThresholdRule::Direction::Above ? 1 : 2);
        m_table->setCellWidget(row, DirectionColumn, direction);
        m_table->setItem(row, WarningColumn, new QTableWidgetItem(limitText(it->warning)));
        m_table->setItem(row, CriticalColumn, new QTableWidgetItem(limitText(it->critical)));
        m_table->setItem(row, EmergencyColumn, new QTableWidgetItem(limitText(it->emergency)));
        m_table->setItem(row, ForColumn, new QTableWidgetItem(formatDuration(it->holdFor)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(
        new QLabel(tr("Ratios are 0–1; an empty limit is no limit. Saved into %1.").arg(profile.filePath), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(820, 560);
}

std::optional<std::chrono::milliseconds> ThresholdsDialog::interval() const
{
    return parseDuration(m_interval->text());
}

std::optional<QMap<QString, ThresholdRule>> ThresholdsDialog::rules(QString *error) const
{
    QMap<QString, ThresholdRule> rules = m_profile.thresholds;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString metric = m_table->item(row, MetricColumn)->text();
        ThresholdRule &rule = rules[metric];
        const QString direction
            = static_cast<QComboBox *>(m_table->cellWidget(row, DirectionColumn))->currentData().toString();
        rule.direction.reset();
        if (direction == QLatin1String("above"))
            rule.direction = ThresholdRule::Direction::Above;
        else if (direction == QLatin1String("below"))
            rule.direction = ThresholdRule::Direction::Below;
        for (const auto &[column, limit] :
             {std::pair{int(WarningColumn), &rule.warning}, std::pair{int(CriticalColumn), &rule.critical},
              std::pair{int(EmergencyColumn), &rule.emergency}}) {
            const QString text = m_table->item(row, column)->text().trimmed();
            limit->reset();
            if (text.isEmpty())
                continue;
            bool ok = false;
            const double value = text.toDouble(&ok);
            if (!ok) {
                *error = tr("%1: '%2' is not a number").arg(metric, text);
                return std::nullopt;
            }
            *limit = value;
        }
        const auto holdFor = parseDuration(m_table->item(row, ForColumn)->text());
        if (!holdFor) {
            *error = tr("%1: '%2' is not a duration such as 0s, 2m or 5m")
                         .arg(metric, m_table->item(row, ForColumn)->text());
            return std::nullopt;
        }
        rule.holdFor = *holdFor;
        if ((rule.warning || rule.critical || rule.emergency) && !rule.direction) {
            *error = tr("%1: limits need a direction (above or below)").arg(metric);
            return std::nullopt;
        }
    }
    return rules;
}

bool ThresholdsDialog::save(QString *error) const
{
    const auto newInterval = interval();
    if (!newInterval || newInterval->count() < 500) {
        *error = tr("The poll interval must be a duration of at least 500ms");
        return false;
    }
    const auto newRules = rules(error);
    if (!newRules)
        return false;
    return ProfileWriter::save(m_profile.filePath, *newInterval, *newRules, error);
}

void ThresholdsDialog::accept()
{
    QString error;
    if (!interval() || !rules(&error)) {
        QMessageBox::warning(this, windowTitle(), error.isEmpty() ? tr("The poll interval is not a duration") : error);
        return;
    }
    QDialog::accept();
}

} // namespace Pitwall
