#include "notifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QVariantMap>
#include <QWidget>

namespace Pitwall {

Notifier::Notifier(QWidget *window)
    : QObject(window)
    , m_window(window)
{ }

void Notifier::notify(const QString &summary, const QString &body)
{
    ++m_sent;
    const QString service = QStringLiteral("org.freedesktop.Notifications");
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        // Sent without waiting: a slow or absent notification service must not hold the GUI.
        QDBusMessage message = QDBusMessage::createMethodCall(service, QStringLiteral("/org/freedesktop/Notifications"),
                                                              service, QStringLiteral("Notify"));
        message << QStringLiteral("Pitwall") << 0U << QStringLiteral("dialog-warning") << summary << body
                << QStringList() << QVariantMap{{QStringLiteral("urgency"), QVariant::fromValue<uchar>(2)}} << 15000;
        bus.asyncCall(message);
    }
    QApplication::alert(m_window);
}

} // namespace Pitwall
