#include "helpmenu.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QVBoxLayout>

namespace Pitwall {

namespace {
void collectShortcuts(const QMenu *menu, QStringList *lines)
{
    const auto actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->menu()) {
            collectShortcuts(action->menu(), lines);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            *lines << QString(action->text()).remove(QLatin1Char('&')) + QLatin1Char('\t')
                    + keys.join(QLatin1String(", "));
    }
}

/// A read-only text in a fixed font, in a dialog of its own.
void showText(QWidget *parent, const QString &title, const QString &text)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *view = new QPlainTextEdit(text, dialog);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog->resize(760, 560);
    dialog->show();
}
} // namespace

HelpMenu::HelpMenu(QMainWindow *window)
    : QMenu(tr("&Help"), window)
    , m_window(window)
{
    setObjectName(QStringLiteral("helpMenu"));
    addAction(tr("&Keyboard shortcuts"), QKeySequence::HelpContents, this, &HelpMenu::showShortcuts);
    addAction(tr("&Manual page"), this, &HelpMenu::showManual);
    addSeparator();
    addAction(tr("&About Pitwall"), this, &HelpMenu::showAbout);
}

QStringList HelpMenu::shortcutLines(const QMainWindow *window)
{
    QStringList lines;
    const auto menus = window->menuBar()->actions();
    for (const QAction *action : menus) {
        if (action->menu())
            collectShortcuts(action->menu(), &lines);
    }
    lines << tr("Zoom the time axis around the pointer") + QLatin1Char('\t') + tr("mouse wheel over a chart")
          << tr("Pan the time axis") + QLatin1Char('\t') + tr("drag a chart")
          << tr("Zoom to a band of time") + QLatin1Char('\t') + tr("Shift + drag a chart")
          << tr("Show a chart alone, or all again") + QLatin1Char('\t') + tr("double-click a chart, or click a tile")
          << tr("Show all charts again") + QLatin1Char('\t') + tr("Esc")
          << tr("Hide or show a series") + QLatin1Char('\t') + tr("click its legend entry");
    return lines;
}

void HelpMenu::showShortcuts()
{
    QStringList aligned;
    const QStringList lines = shortcutLines(m_window);
    int width = 0;
    for (const QString &line : lines)
        width = std::max(width, int(line.section(QLatin1Char('\t'), 0, 0).size()));
    for (const QString &line : lines)
        aligned << line.section(QLatin1Char('\t'), 0, 0).leftJustified(width + 3) + line.section(QLatin1Char('\t'), 1);
    showText(m_window, tr("Keyboard shortcuts"), aligned.join(QLatin1Char('\n')));
}

void HelpMenu::showManual()
{
    // The page ships inside the binary: man(1) formats it from standard input,
    // so the text is the installed one's even when run from a build tree.
    QFile page(QStringLiteral(":/pitwall/doc/pitwall.1"));
    if (!page.open(QIODevice::ReadOnly))
        return;
    const QByteArray source = page.readAll();
    auto *man = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MANWIDTH"), QStringLiteral("96"));
    environment.insert(QStringLiteral("MAN_KEEP_FORMATTING"), QString());
    man->setProcessEnvironment(environment);
    connect(man, &QProcess::finished, this, [this, man, source](int code, QProcess::ExitStatus status) {
        man->deleteLater();
        const QString text = QString::fromUtf8(man->readAllStandardOutput());
        if (status == QProcess::NormalExit && code == 0 && !text.isEmpty())
            showText(m_window, tr("Pitwall manual page"), text);
        else
            showText(m_window, tr("Pitwall manual page"),
                     tr("man(1) could not format the page (install man-db); its source follows.\n\n")
                         + QString::fromUtf8(source));
    });
    connect(man, &QProcess::errorOccurred, this, [this, man, source](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        man->deleteLater();
        showText(m_window, tr("Pitwall manual page"),
                 tr("man(1) is not installed (install man-db); the page's source follows.\n\n")
                     + QString::fromUtf8(source));
    });
    man->start(QStringLiteral("man"),
               {QStringLiteral("-l"), QStringLiteral("-P"), QStringLiteral("cat"), QStringLiteral("-")});
    man->write(source);
    man->closeWriteChannel();
}

void HelpMenu::showAbout()
{
    QMessageBox::about(m_window, tr("About Pitwall"),
                       tr("<h3>Pitwall %1</h3>"
                          "<p>The dashboard on-call engineers reach for first: connection pools, cache hit rate, "
                          "CDC lag and slow queries of PostgreSQL, pgbouncer, Redis, ClickHouse, Prometheus, "
                          "<code>/metrics</code> endpoints and SQLite, against documented thresholds.</p>"
                          "<p>Licence: GNU General Public License, version 3 or later. "
                          "It comes with no warranty.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace Pitwall
