#pragma once

#include <QByteArrayView>
#include <QString>

namespace Pitwall {

/// What a peer sent, fit to quote in a message: valid UTF-8 of printable
/// characters as it is; anything else (a control character, a byte that is not
/// UTF-8) as \xNN, so that a garbage server never puts raw bytes in front of a
/// person, a log or a JSON report. At most @p limit characters are kept.
QString peerText(QByteArrayView bytes, qsizetype limit = 400);

} // namespace Pitwall
