#include "collector.h"
#include "collectorfactory.h"
#include "peertext.h"
#include "profileloader.h"

#include <QSignalSpy>
#include <QtTest>

#include <arpa/inet.h>
#include <atomic>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace Pitwall;

namespace {

/// A TCP peer that answers whatever it is sent with @p garbage, then closes;
/// no real server sends bytes that are not its protocol. It accepts on a
/// thread of its own: a collector's connect blocks the test's thread.
class GarbageServer
{
public:
    explicit GarbageServer(QByteArray garbage)
        : m_garbage(std::move(garbage))
    {
        m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_socket, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::listen(m_socket, 4);
        socklen_t length = sizeof address;
        ::getsockname(m_socket, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] {
            while (!m_stop) {
                const int peer = ::accept(m_socket, nullptr, nullptr);
                if (peer < 0)
                    return;
                char buffer[512];
                if (::read(peer, buffer, sizeof buffer) > 0)
                    (void)!::write(peer, m_garbage.constData(), size_t(m_garbage.size()));
                ::close(peer);
            }
        });
    }
    ~GarbageServer()
    {
        m_stop = true;
        ::shutdown(m_socket, SHUT_RDWR);
        ::close(m_socket);
        m_thread.join();
    }
    int port() const { return m_port; }

private:
    QByteArray m_garbage;
    int m_socket = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

bool allPrintable(const QString &text)
{
    for (const QChar c : text) {
        if (c == QChar::ReplacementCharacter || (!c.isPrint() && c != QLatin1Char('\n')))
            return false;
    }
    return true;
}

} // namespace

class TestPeerText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printableTextIsQuotedAsItIs()
    {
        QCOMPARE(peerText("FATAL:  role \"x\" does not exist"), QStringLiteral("FATAL:  role \"x\" does not exist"));
        QCOMPARE(peerText("Größe ✓\n"), QStringLiteral("Größe ✓\n"));
    }

    void otherBytesAreEscaped()
    {
        QCOMPARE(peerText("received \xff\xfe"), QStringLiteral("received \\xff\\xfe"));
        QCOMPARE(peerText(QByteArrayView("a\0b\x1b[31m", 8)), QStringLiteral("a\\x00b\\x1b[31m"));
        QCOMPARE(peerText("\xc3"), QStringLiteral("\\xc3")); // a sequence cut short
        QCOMPARE(peerText("\xed\xa0\x80"), QStringLiteral("\\xed\\xa0\\x80")); // a surrogate
        QCOMPARE(peerText("abcdef", 3), QStringLiteral("abc…"));
    }

    void aGarbageServerPutsNoRawByteInThePostgresError()
    {
        // A first byte that is neither of libpq's expected answers, then more that are not UTF-8.
        GarbageServer server(QByteArray("\xff\xfe\x80garbage\x01\x9b", 12));
        for (const char *mode : {"disable", "prefer"}) {
            auto loaded = ProfileLoader::parse(QStringLiteral("sources:\n  - {name: db, kind: postgres, url: "
                                                              "'postgresql://monitor@127.0.0.1:%1/db?sslmode=%2'}\n")
                                                   .arg(server.port())
                                                   .arg(QLatin1String(mode))
                                                   .toUtf8(),
                                               QStringLiteral("p.yaml"), ProfileLoader::defaultThresholds());
            const Profile profile = std::get<Profile>(loaded);
            const auto collector = createCollector(profile.sources.first(), profile);
            QSignalSpy failed(collector.get(), &Collector::failed);
            collector->pollOnce();
            QCOMPARE(failed.size(), 1);
            const QString message = failed.first().at(1).toString();
            QVERIFY2(message.startsWith(QLatin1String("postgres `db` (127.0.0.1:")), qPrintable(message));
            QVERIFY2(allPrintable(message), qPrintable(message));
            QVERIFY2(message.contains(QLatin1String("\\xff")), qPrintable(message));
            collector->shutdown();
        }
    }
};

QTEST_GUILESS_MAIN(TestPeerText)
#include "tst_peertext.moc"
