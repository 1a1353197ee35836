#pragma once

#include "profile.h"

#include <QDialog>

class QLineEdit;
class QTableWidget;

namespace Pitwall {

/// Edits the poll interval and every metric's limits, and saves them into the
/// profile file (ProfileWriter: only what differs from the defaults, the rest
/// of the file untouched).
class ThresholdsDialog : public QDialog
{
    Q_OBJECT

public:
    ThresholdsDialog(const Profile &profile, QWidget *parent = nullptr);

    /// What the dialog holds now; empty with @p error set when a cell is not valid.
    std::optional<QMap<QString, ThresholdRule>> rules(QString *error) const;
    std::optional<std::chrono::milliseconds> interval() const;
    bool save(QString *error) const;

    void accept() override;

private:
    enum Column {
        MetricColumn,
        UnitColumn,
        DirectionColumn,
        WarningColumn,
        CriticalColumn,
        EmergencyColumn,
        ForColumn
    };

    Profile m_profile;
    QLineEdit *m_interval;
    QTableWidget *m_table;
};

} // namespace Pitwall
