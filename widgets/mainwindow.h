#pragma once

#include "profile.h"

#include <QMainWindow>

class QTableView;

namespace Pitwall {

class SourceStatusModel;

/// The dashboard's window. Delegates each view to its own page class and
/// holds no polling or parsing logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Shows @p profile's sources; the profile has been validated.
    void setProfile(const Profile &profile);

private:
    SourceStatusModel *m_sources = nullptr;
    QTableView *m_sourceView = nullptr;
};

} // namespace Pitwall
