#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Pitwall {

void installTranslators(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *pitwall = new QTranslator(QCoreApplication::instance());
    const QString directory = QStringLiteral(":/pitwall/translations");
    // A language Pitwall has no translation for (or the C locale) falls back to
    // English, whose translation holds the plural forms ("1 source", "7 sources").
    if (pitwall->load(locale, QStringLiteral("pitwall"), QStringLiteral("_"), directory)
        || pitwall->load(QStringLiteral("pitwall_en"), directory))
        QCoreApplication::installTranslator(pitwall);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace Pitwall
