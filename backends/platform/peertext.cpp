#include "peertext.h"

#include <QList>
#include <QStringDecoder>

namespace Pitwall {

namespace {
QString escaped(uchar byte)
{
    return QStringLiteral("\\x%1").arg(uint(byte), 2, 16, QLatin1Char('0'));
}

bool printable(char32_t c)
{
    return c == U'\n' || c == U'\t' || QChar::isPrint(c);
}
} // namespace

QString peerText(QByteArrayView bytes, qsizetype limit)
{
    QString text;
    qsizetype i = 0;
    while (i < bytes.size() && text.size() < limit) {
        const uchar lead = uchar(bytes[i]);
        // The length of the UTF-8 sequence that starts here, 0 if none can.
        const qsizetype length = lead < 0x80 ? 1
            : (lead & 0xE0) == 0xC0          ? 2
            : (lead & 0xF0) == 0xE0          ? 3
            : (lead & 0xF8) == 0xF0          ? 4
                                             : 0;
        if (length > 0 && i + length <= bytes.size()) {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = decoder(bytes.sliced(i, length));
            const auto ucs4 = decoded.toUcs4();
            if (!decoder.hasError() && ucs4.size() == 1 && printable(ucs4.first())) {
                text += decoded;
                i += length;
                continue;
            }
        }
        text += escaped(lead);
        ++i;
    }
    if (i < bytes.size())
        text += QStringLiteral("…");
    return text;
}

} // namespace Pitwall
