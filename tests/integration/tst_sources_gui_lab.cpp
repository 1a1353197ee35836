#include "labenvironment.h"
#include "mainwindow.h"
#include "passwordprompt.h"
#include "session.h"
#include "sourcedialog.h"
#include "sourcesmenu.h"
#include "sourcestatusmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <qt6keychain/keychain.h>

using namespace Pitwall;

namespace {
/// The password of @p role in the lab's pgpass file.
QString labPassword(const Test::LabEnvironment &lab, const QString &role)
{
    QFile pgpass(lab.value(QStringLiteral("PGPASSFILE")));
    if (!pgpass.open(QIODevice::ReadOnly))
        return {};
    for (const QString &line : QString::fromUtf8(pgpass.readAll()).split(QLatin1Char('\n'))) {
        const QStringList fields = line.split(QLatin1Char(':'));
        if (fields.size() == 5 && fields[0] == QLatin1String("127.0.0.1") && fields[3] == role)
            return fields[4];
    }
    return {};
}

/// What the real keyring holds for @p key, read as another program would.
QString keyringPassword(const QString &key, QString *error)
{
    QKeychain::ReadPasswordJob job(QStringLiteral("pitwall"));
    job.setAutoDelete(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    *error = job.error() == QKeychain::NoError ? QString() : job.errorString();
    return job.textData();
}

/// Writes @p text to @p path and opens it in @p window, shown.
bool openOn(MainWindow &window, const QString &path, const QString &text)
{
    QFile profile(path);
    if (!profile.open(QIODevice::WriteOnly) || profile.write(text.toUtf8()) < 0)
        return false;
    profile.close();
    if (!window.openProfile(path))
        return false;
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}

/// Answers the next message box with @p button once it is up.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(50, [button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(button)->click();
        else
            answerNextMessageBox(button);
    });
}
} // namespace

/// The source dialog against the lab and a real OS keyring (tests/lab/with-keyring
/// runs this test inside a D-Bus session with an unlocked GNOME keyring).
class TestSourcesGuiLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addTestSaveEditAndRemoveASource()
    {
        PITWALL_REQUIRE_LAB(lab);
        QStandardPaths::setTestModeEnabled(true);
        // Only what is typed into the dialog can open the database: no pgpass file.
        qunsetenv("PGPASSFILE");
        const QString password = labPassword(lab, QStringLiteral("pitwall_monitor"));
        QVERIFY(!password.isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("oncall.yaml"));
        MainWindow window;
        QVERIFY(openOn(window, path,
                       QStringLiteral("# the team's profile\ninterval: 2s\nsources:\n"
                                      "  # the cache\n  - {name: lab-redis, kind: redis, url: "
                                      "'redis://127.0.0.1:%1/0'}\n")
                           .arg(lab.value(QStringLiteral("REDIS_PORT")))));

        SourceDialog *dialog = window.sourcesMenu()->editSource();
        QVERIFY(dialog);
        dialog->nameField()->setText(QStringLiteral("paging-db"));
        dialog->kindField()->setCurrentIndex(dialog->kindField()->findText(QStringLiteral("postgres")));
        dialog->urlField()->setText(
            QStringLiteral("postgresql://127.0.0.1:%1/lab").arg(lab.value(QStringLiteral("PG_PORT"))));
        dialog->userField()->setText(QStringLiteral("pitwall_monitor"));

        // A wrong password: the collector's own message, off the GUI thread.
        dialog->passwordField()->setText(QStringLiteral("not-the-password"));
        QSignalSpy tested(dialog, &SourceDialog::testFinished);
        dialog->testConnection();
        QVERIFY(dialog->isTesting());
        QVERIFY(tested.wait(20000));
        QCOMPARE(tested.last().at(0).toBool(), false);
        QVERIFY2(dialog->testResult().contains(QLatin1String("password authentication failed")),
                 qPrintable(dialog->testResult()));

        dialog->passwordField()->setText(password);
        dialog->testConnection();
        QVERIFY(tested.wait(20000));
        QVERIFY2(tested.last().at(0).toBool(), qPrintable(dialog->testResult()));
        QVERIFY(dialog->testResult().startsWith(QLatin1String("Connected")));
        QVERIFY(dialog->grab().save(Test::testOutputDir() + QStringLiteral("/source-dialog.png")));

        // Save: the password into the keyring, the source into the profile.
        QVERIFY(dialog->rememberField()->isChecked());
        Session *before = window.session();
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(window.session() != before, 20000);
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(saved.readAll());
        QVERIFY2(text.contains(QLatin1String("name: paging-db")) && text.contains(QLatin1String("password: keychain")),
                 qPrintable(text));
        QVERIFY(text.startsWith(QLatin1String("# the team's profile\n")));
        QVERIFY(text.contains(QLatin1String("  # the cache\n")));
        QVERIFY(!text.contains(password));
        QFile backup(path + QStringLiteral(".bak"));
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QVERIFY(!backup.readAll().contains(password.toUtf8()));
        QString error;
        QCOMPARE(keyringPassword(QStringLiteral("paging-db"), &error), password);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // The reopened dashboard polls the new source with the keyring's password.
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->sources()->status(QStringLiteral("paging-db")).state,
                                  SourceStatus::State::Ok, 20000);

        // Edit: the fields hold what was saved, the password stays in the keyring.
        SourceDialog *edit = window.sourcesMenu()->editSource(QStringLiteral("paging-db"));
        QCOMPARE(edit->nameField()->text(), QStringLiteral("paging-db"));
        QCOMPARE(edit->userField()->text(), QStringLiteral("pitwall_monitor"));
        QVERIFY(edit->passwordField()->text().isEmpty());
        QVERIFY(edit->entry().passwordInKeychain);
        edit->reject();

        // Remove, once confirmed.
        Session *withSource = window.session();
        answerNextMessageBox(QMessageBox::Yes);
        window.sourcesMenu()->removeSource(QStringLiteral("paging-db"));
        QTRY_VERIFY_WITH_TIMEOUT(window.session() != withSource, 10000);
        QVERIFY(!window.session()->profile().source(QStringLiteral("paging-db")));
        QVERIFY(window.session()->profile().source(QStringLiteral("lab-redis")));
    }

    // A source whose server refuses it (here: wants a password and has none)
    // makes the window ask for the password once, and remember it.
    void aRefusedPasswordIsAskedForAndRemembered()
    {
        PITWALL_REQUIRE_LAB(lab);
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("PGPASSFILE");
        const QString password = labPassword(lab, QStringLiteral("pitwall_monitor"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("oncall.yaml"));
        MainWindow window;
        QVERIFY(openOn(window, path,
                       QStringLiteral("interval: 2s\nsources:\n"
                                      "  - name: orders\n    kind: postgres\n"
                                      "    url: postgresql://pitwall_monitor@127.0.0.1:%1/lab\n")
                           .arg(lab.value(QStringLiteral("PG_PORT")))));
        PasswordPrompt *prompt = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((prompt = window.findChild<PasswordPrompt *>()) != nullptr, 20000);
        QCOMPARE(prompt->source(), QStringLiteral("orders"));
        QVERIFY(window.session()->sources()->status(QStringLiteral("orders")).authenticationFailed);
        QVERIFY(prompt->rememberField()->isChecked());
        QVERIFY(prompt->grab().save(Test::testOutputDir() + QStringLiteral("/password-prompt.png")));
        prompt->passwordField()->setText(password);
        Session *before = window.session();
        prompt->accept();
        QTRY_VERIFY_WITH_TIMEOUT(window.session() != before, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->sources()->status(QStringLiteral("orders")).state,
                                  SourceStatus::State::Ok, 20000);
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(saved.readAll());
        QVERIFY2(text.contains(QLatin1String("password: keychain")), qPrintable(text));
        QVERIFY(!text.contains(password));
        QString error;
        QCOMPARE(keyringPassword(QStringLiteral("orders"), &error), password);
        QVERIFY(!window.findChild<PasswordPrompt *>()); // asked once
    }
};

QTEST_MAIN(TestSourcesGuiLab)
#include "tst_sources_gui_lab.moc"
