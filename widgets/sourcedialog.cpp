#include "sourcedialog.h"

#include "connectiontest.h"
#include "profileloader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Pitwall {

namespace {
struct KindHint
{
    SourceKind kind;
    const char *example;
};
const KindHint kindHints[] = {
    {SourceKind::Postgres, "postgresql://monitor@127.0.0.1:5432/orders"},
    {SourceKind::PgBouncer, "postgresql://stats@127.0.0.1:6432/pgbouncer"},
    {SourceKind::Redis, "redis://127.0.0.1:6379/0"},
    {SourceKind::ClickHouse, "http://127.0.0.1:8123"},
    {SourceKind::Prometheus, "http://127.0.0.1:9090"},
    {SourceKind::Metrics, "http://127.0.0.1:9100/metrics"},
    {SourceKind::Sqlite, "sqlite:///var/lib/app/app.db"},
};

/// A YAML single-quoted scalar.
QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}
} // namespace

SourceDialog::SourceDialog(const Profile &profile, const SourceConfig *editing, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_original(editing ? editing->name : QString())
    , m_keychainBefore(editing && editing->passwordInKeychain)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the password in the system keyring"), this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_result(new QLabel(this))
{
    setWindowTitle(editing ? tr("Edit source %1").arg(editing->name) : tr("Add source"));
    for (const auto &hint : kindHints)
        m_kind->addItem(sourceKindName(hint.kind), int(hint.kind));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setChecked(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumWidth(460);
    if (editing) {
        m_name->setText(editing->name);
        m_kind->setCurrentIndex(m_kind->findData(int(editing->kind)));
        QUrl url(editing->libpqUri());
        m_user->setText(url.userName());
        url.setUserName(QString());
        m_url->setText(editing->uri.isEmpty() || editing->uri == editing->libpqUri() ? url.toString()
                                                                                     : editing->libpqUri());
        m_password->setPlaceholderText(editing->passwordInKeychain ? tr("kept in the keyring; type to change")
                                                                   : tr("from .pgpass, the environment or none"));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&URL"), m_url);
    form->addRow(tr("&User"), m_user);
    form->addRow(tr("&Password"), m_password);
    form->addRow(QString(), m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    connect(m_testButton, &QPushButton::clicked, this, &SourceDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QString error;
        if (source(&error))
            accept();
        else
            m_result->setText(error);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SourceDialog::updateHints);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    updateHints();
}

SourceDialog::~SourceDialog() = default;

void SourceDialog::updateHints()
{
    const auto kind = SourceKind(m_kind->currentData().toInt());
    for (const auto &hint : kindHints) {
        if (hint.kind == kind)
            m_url->setPlaceholderText(QLatin1String(hint.example));
    }
    const bool hasUser = kind != SourceKind::Sqlite && kind != SourceKind::Metrics;
    m_user->setEnabled(hasUser);
    m_password->setEnabled(kind != SourceKind::Sqlite);
}

QString SourceDialog::urlText() const
{
    const QString text = m_url->text().trimmed();
    if (m_user->text().trimmed().isEmpty() || !m_user->isEnabled())
        return text;
    QUrl url(text);
    url.setUserName(m_user->text().trimmed());
    return url.toString();
}

SourceEntry SourceDialog::entry() const
{
    return SourceEntry{m_name->text().trimmed(), SourceKind(m_kind->currentData().toInt()), urlText(),
                       remembersPassword() || (m_keychainBefore && password().isEmpty())};
}

QString SourceDialog::password() const
{
    return m_password->isEnabled() ? m_password->text() : QString();
}

bool SourceDialog::remembersPassword() const
{
    return m_remember->isChecked() && !password().isEmpty();
}

std::optional<SourceConfig> SourceDialog::source(QString *error) const
{
    const SourceEntry wanted = entry();
    if (wanted.name.isEmpty()) {
        *error = tr("Give the source a name.");
        return std::nullopt;
    }
    if (wanted.name != m_original && m_profile.source(wanted.name)) {
        *error = tr("The profile has a source named %1 already.").arg(wanted.name);
        return std::nullopt;
    }
    // Read as the profile loader reads a profile: the same checks, the same messages.
    const QString yaml = QStringLiteral("sources:\n  - {name: %1, kind: %2, url: %3%4}\n")
                             .arg(quoted(wanted.name), sourceKindName(wanted.kind), quoted(wanted.url),
                                  wanted.passwordInKeychain ? QStringLiteral(", password: keychain") : QString());
    const auto loaded = ProfileLoader::parse(yaml.toUtf8(), tr("the source"), m_profile.thresholds);
    if (const auto *refused = std::get_if<ProfileError>(&loaded)) {
        *error = refused->message;
        return std::nullopt;
    }
    SourceConfig config = std::get<Profile>(loaded).sources.first();
    config.password = password();
    return config;
}

void SourceDialog::testConnection()
{
    QString error;
    const auto config = source(&error);
    if (!config) {
        m_result->setText(error);
        return;
    }
    delete m_test;
    m_test = new ConnectionTest(*config, m_profile, this);
    m_testButton->setEnabled(false);
    m_result->setText(tr("Testing %1…").arg(config->address()));
    connect(m_test, &ConnectionTest::finished, this, [this](bool ok, const QString &message) {
        m_result->setText(message);
        m_testButton->setEnabled(true);
        m_test->deleteLater();
        m_test = nullptr;
        Q_EMIT testFinished(ok, message);
    });
    m_test->start();
}

QString SourceDialog::testResult() const
{
    return m_result->text();
}

} // namespace Pitwall
