#include "corelogging.h"

Q_LOGGING_CATEGORY(lcSession, "pitwall.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServe, "pitwall.serve", QtInfoMsg)
