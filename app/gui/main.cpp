// SPDX-License-Identifier: Apache-2.0
#include <QApplication>

#include "launcher.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Inspector::Gui::Launcher::setUpApplication(app);
    Inspector::Gui::Launcher launcher;
    int exitCode = 0;
    if (!launcher.prepare(QApplication::arguments(), &exitCode))
        return exitCode;
    launcher.launch();
    return QApplication::exec();
}
