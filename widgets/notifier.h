#pragma once

#include <QObject>
#include <QString>

namespace Pitwall {

/// Desktop notifications (org.freedesktop.Notifications over D-Bus, sent
/// without waiting for an answer), and the window asks for attention.
class Notifier : public QObject
{
    Q_OBJECT

public:
    explicit Notifier(QWidget *window);

    void notify(const QString &summary, const QString &body);
    /// How many notifications were sent (tests).
    int sent() const { return m_sent; }

private:
    QWidget *m_window;
    int m_sent = 0;
};

} // namespace Pitwall
