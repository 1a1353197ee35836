#pragma once

#include <QLoggingCategory>

// The core's categories: QT_LOGGING_RULES="pitwall.session.debug=true" shows what the session does.
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcServe)
