#include "welcomeview.h"

#include "connectiontest.h"
#include "profilewriter.h"
#include "sourcedialog.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Pitwall {

namespace {
QString kindTitle(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Postgres:
        return WelcomeView::tr("PostgreSQL");
    case SourceKind::PgBouncer:
        return WelcomeView::tr("pgbouncer");
    case SourceKind::Redis:
        return WelcomeView::tr("Redis");
    case SourceKind::ClickHouse:
        return WelcomeView::tr("ClickHouse");
    case SourceKind::Prometheus:
        return WelcomeView::tr("Prometheus");
    case SourceKind::Metrics:
        return WelcomeView::tr("/metrics endpoint");
    case SourceKind::Sqlite:
        return WelcomeView::tr("SQLite");
    }
    return {};
}
} // namespace

WelcomeView::WelcomeView(const Profile &found, const QString &lookedAt, QWidget *parent)
    : QWidget(parent)
    , m_found(found)
    , m_list(new QListWidget(this))
    , m_watch(new QPushButton(tr("&Watch the checked servers"), this))
    , m_add(new QPushButton(tr("&Add source…"), this))
    , m_open(new QPushButton(tr("&Open profile…"), this))
{
    auto *title = new QLabel(tr("<h2>No profile open</h2>"), this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(found.sources.isEmpty()
                       ? tr("Pitwall looked for servers on this machine (%1) and none answered. Add the server you "
                            "want to watch, or open a profile.")
                             .arg(lookedAt)
                       : tr("Pitwall looked for servers on this machine (%1). These answered; uncheck any you do "
                            "not want to watch.")
                             .arg(lookedAt));
    for (const SourceConfig &source : found.sources) {
        auto *item = new QListWidgetItem(tr("%1 — %2 at %3").arg(source.name, kindTitle(source.kind), source.address()),
                                         m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_list->setVisible(!found.sources.isEmpty());
    m_list->setMaximumHeight(m_list->sizeHintForRow(0) * 8 + 2 * m_list->frameWidth());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_watch);
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addStretch();
    m_watch->setDefault(true);
    m_watch->setVisible(!found.sources.isEmpty());

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addWidget(m_list);
    column->addLayout(buttons);
    column->addStretch();
    auto *centred = new QHBoxLayout(this);
    centred->addStretch(1);
    centred->addLayout(column, 4);
    centred->addStretch(1);

    const auto updateWatch = [this] {
        m_watch->setEnabled(!checked().sources.isEmpty());
    };
    connect(m_list, &QListWidget::itemChanged, this, updateWatch);
    updateWatch();
    connect(m_watch, &QPushButton::clicked, this, [this] { Q_EMIT watchRequested(checked()); });
    connect(m_add, &QPushButton::clicked, this, &WelcomeView::addSource);
    connect(m_open, &QPushButton::clicked, this, &WelcomeView::openRequested);
    setFocusProxy(m_watch);
}

Profile WelcomeView::checked() const
{
    Profile profile = m_found;
    profile.sources.clear();
    for (int i = 0; i < m_list->count() && i < m_found.sources.size(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            profile.sources.append(m_found.sources[i]);
    return profile;
}

QString WelcomeView::newProfilePath()
{
    const QDir directory(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                         + QStringLiteral("/profiles"));
    QString path = directory.filePath(QStringLiteral("local.yaml"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = directory.filePath(QStringLiteral("local-%1.yaml").arg(n));
    return path;
}

void WelcomeView::addSource()
{
    auto *dialog = new SourceDialog(checked(), nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const SourceEntry added = dialog->entry();
        const QString password = dialog->remembersPassword() ? dialog->password() : QString();
        const QString path = writeNewProfile(added);
        if (path.isEmpty())
            return;
        if (password.isEmpty()) {
            Q_EMIT profileCreated(path);
            return;
        }
        // The profile says "keychain" for the password: it is stored before the profile opens.
        storeKeyringPassword(added.name, password, this, [this, path](const QString &refused) {
            if (!refused.isEmpty())
                QMessageBox::warning(this, tr("Password not stored"),
                                     tr("The system keyring refused the password: %1").arg(refused));
            Q_EMIT profileCreated(path);
        });
    });
    dialog->open();
}

QString WelcomeView::writeNewProfile(const SourceEntry &added)
{
    QString text = QStringLiteral("# Pitwall profile: the servers found on this machine and %1\n").arg(added.name);
    QString error;
    for (const SourceConfig &source : checked().sources)
        text = ProfileSources::add(
            text, SourceEntry{source.name, source.kind, source.uri.isEmpty() ? source.url.toString() : source.uri},
            &error);
    text = ProfileSources::add(text, added, &error);
    const QString path = newProfilePath();
    if (error.isEmpty() && ProfileWriter::createFile(path, text, &error))
        return path;
    QMessageBox::warning(this, tr("Profile not saved"), error);
    return {};
}

} // namespace Pitwall
