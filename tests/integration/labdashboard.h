#pragma once

#include "labenvironment.h"
#include "mainwindow.h"
#include "profileloader.h"
#include "session.h"

#include <QApplication>
#include <QFile>
#include <QSize>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace Pitwall::Test {

/// The fixture of the GUI lab tests: the lab's profile polled by a Session
/// and shown in a MainWindow, with a data directory of its own (the audit log).
struct LabDashboard
{
    QTemporaryDir data;
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;

    /// Opens and shows the window at @p size; false (with a test warning) if it cannot.
    bool open(const LabEnvironment &lab, QSize size)
    {
        qputenv("PGPASSFILE", lab.value(QStringLiteral("PGPASSFILE")).toUtf8());
        qputenv("XDG_DATA_HOME", QFile::encodeName(data.path()));
        auto loaded = ProfileLoader::load(lab.profilePath());
        if (!std::holds_alternative<Profile>(loaded)) {
            qWarning("the lab's profile does not load: %s", qPrintable(std::get<ProfileError>(loaded).message));
            return false;
        }
        session = std::make_unique<Session>(std::get<Profile>(loaded), QString());
        session->start();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        window = std::make_unique<MainWindow>();
        window->setSession(session.get());
        window->resize(size);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    void close()
    {
        window.reset();
        if (session)
            session->stop();
    }
};

} // namespace Pitwall::Test
