#include "clickhouseclient.h"

#include "collectorerror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrlQuery>

namespace Pitwall {

ClickHouseClient::ClickHouseClient(const SourceConfig &source, QString password, QString where,
                                   std::chrono::milliseconds timeout)
    : m_source(source)
    , m_password(std::move(password))
    , m_where(where)
    , m_http(std::move(where), timeout)
{ }

ClickHouseClient::~ClickHouseClient() = default;

QUrl ClickHouseClient::url(const Settings &settings) const
{
    QUrl url = m_source.url;
    url.setUserInfo(QString());
    url.setPath(QStringLiteral("/"));
    QUrlQuery parameters;
    for (const auto &[name, value] : settings)
        parameters.addQueryItem(name, value);
    url.setQuery(parameters);
    return url;
}

HttpClient::Headers ClickHouseClient::headers() const
{
    HttpClient::Headers headers;
    if (!m_source.url.userName().isEmpty())
        headers.append({"X-ClickHouse-User", m_source.url.userName().toUtf8()});
    if (!m_password.isEmpty())
        headers.append({"X-ClickHouse-Key", m_password.toUtf8()});
    return headers;
}

QByteArray ClickHouseClient::checked(const HttpClient::Response &response, const QString &where)
{
    if (response.refusedCredentials()
        // 516: authentication failed (ClickHouse 20+); 192 unknown user and 193 wrong password (18.16)
        || (response.status >= 500
            && (response.body.contains("Code: 516") || response.body.contains("Code: 192")
                || response.body.contains("Code: 193"))))
        throw CollectorError(
            QCoreApplication::translate("Pitwall::ClickHouseClient",
                                        "%1: authentication failed — check the user and the profile's ${VAR} "
                                        "password reference")
                .arg(where),
            CollectorError::Kind::Authentication);
    if (response.status != 200)
        throw CollectorError(
            QStringLiteral("%1: %2 (HTTP %3)").arg(where, serverMessage(response.body)).arg(response.status));
    return response.body;
}

QJsonArray ClickHouseClient::select(const QString &sql)
{
    const QByteArray body
        = query(sql + QStringLiteral(" FORMAT JSONCompact"), {{QStringLiteral("readonly"), QStringLiteral("2")}});
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (!document.isObject())
        throw CollectorError(
            QCoreApplication::translate("Pitwall::ClickHouseClient",
                                        "%1: the answer is not ClickHouse JSON (%2) — is this ClickHouse's HTTP port?")
                .arg(m_where, error.errorString()));
    return document.object().value(QLatin1String("data")).toArray();
}

QByteArray ClickHouseClient::query(const QString &sql, const Settings &settings)
{
    return checked(m_http.post(url(settings), sql.toUtf8(), headers()));
}

QByteArray ClickHouseClient::execute(const QString &sql, const Settings &settings)
{
    return query(sql, settings);
}

std::unique_ptr<QNetworkReply> ClickHouseClient::start(const QString &sql, const QString &queryId,
                                                       const Settings &settings)
{
    Settings all = settings;
    all.append({QStringLiteral("query_id"), queryId});
    return m_http.start(url(all), sql.toUtf8(), headers(), std::chrono::milliseconds(0));
}

QByteArray ClickHouseClient::finish(std::unique_ptr<QNetworkReply> reply)
{
    return checked(m_http.finish(std::move(reply)));
}

QString ClickHouseClient::quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('`'), QLatin1String("\\`"));
    return QLatin1Char('`') + quoted + QLatin1Char('`');
}

QString ClickHouseClient::quoteString(const QString &text)
{
    QString quoted;
    quoted.reserve(text.size() + 2);
    quoted += QLatin1Char('\'');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            quoted += QLatin1String("\\\\");
            break;
        case '\'':
            quoted += QLatin1String("\\'");
            break;
        case '\n':
            quoted += QLatin1String("\\n");
            break;
        case '\r':
            quoted += QLatin1String("\\r");
            break;
        case '\t':
            quoted += QLatin1String("\\t");
            break;
        case '\0':
            quoted += QLatin1String("\\0");
            break;
        default:
            quoted += c;
        }
    }
    quoted += QLatin1Char('\'');
    return quoted;
}

QString ClickHouseClient::serverMessage(const QByteArray &body)
{
    QString text = QString::fromUtf8(body).trimmed();
    const qsizetype exception = text.indexOf(QLatin1String("DB::Exception: "));
    if (exception >= 0)
        text = text.mid(exception + 15);
    const qsizetype what = text.indexOf(QLatin1String(", e.what()"));
    if (what >= 0)
        text = text.left(what);
    return text.section(QLatin1Char('\n'), 0, 0).left(300);
}

} // namespace Pitwall
