#include "collectorerror.h"
#include "httpclient.h"
#include "profileloader.h"
#include "translations.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTranslator>
#include <QtTest>

using namespace Pitwall;

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    static QString sources(int count)
    {
        return QCoreApplication::translate("Pitwall::MainWindow", "%n source(s) from %1", nullptr, count);
    }

private Q_SLOTS:
    void cleanup() { qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>()); }

    void untranslatedSourceTextIsWhatTheTestSees() { QCOMPARE(sources(7), QStringLiteral("7 source(s) from %1")); }

    void aLanguageWithoutTranslationGetsEnglishPlurals()
    {
        installTranslators(QStringLiteral("fr"));
        QCOMPARE(sources(1), QStringLiteral("1 source from %1"));
        QCOMPARE(sources(7), QStringLiteral("7 sources from %1"));
        QCOMPARE(QCoreApplication::translate("Pitwall::MainWindow", "%n open alert(s)", nullptr, 1),
                 QStringLiteral("1 open alert"));
        QCOMPARE(QCoreApplication::translate("Pitwall::MainWindow", "%n source(s) in error", nullptr, 0),
                 QStringLiteral("0 sources in error"));
    }

    void germanHasItsOwnPlurals()
    {
        installTranslators(QStringLiteral("de"));
        QCOMPARE(sources(1), QStringLiteral("1 Quelle aus %1"));
        QCOMPARE(sources(7), QStringLiteral("7 Quellen aus %1"));
    }

    // Qt's own texts, the standard buttons of every dialog among them, come from Qt's
    // translations (qt6-translations-l10n): without them a German dialog ends in "Cancel".
    void qtsOwnButtonsAreGermanInTheGermanWindow()
    {
        installTranslators(QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Save"), QStringLiteral("Speichern"));
    }

    void aCollectorsMessageIsGermanInTheGermanWindow()
    {
        // Collectors build their messages on their own threads, after the
        // translators are installed: the hint after the dash follows the language.
        installTranslators(QStringLiteral("de"));
        int closedPort = 0;
        {
            QTcpServer server;
            QVERIFY(server.listen(QHostAddress::LocalHost));
            closedPort = server.serverPort();
        }
        HttpClient client(QStringLiteral("metrics `app`"), std::chrono::seconds(2));
        QString message;
        try {
            client.get(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(closedPort)));
        } catch (const CollectorError &error) {
            message = error.message();
        }
        QCOMPARE(message, QStringLiteral("metrics `app`: Verbindung abgelehnt — läuft der Server?"));
    }

    void aProfileErrorIsGermanInTheGermanWindow()
    {
        // The window shows the loader's message when a profile is refused.
        installTranslators(QStringLiteral("de"));
        const auto parsed
            = ProfileLoader::parse(QByteArrayLiteral("interval: 100ms\n"
                                                     "sources:\n"
                                                     "  - {name: db, kind: postgres, url: 'postgresql://m@h/db'}\n"),
                                   QStringLiteral("p.yaml"), ProfileLoader::defaultThresholds());
        QVERIFY(std::holds_alternative<ProfileError>(parsed));
        QCOMPARE(std::get<ProfileError>(parsed).message,
                 QStringLiteral("interval: mindestens 500ms, angegeben „100ms“"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
