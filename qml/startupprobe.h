// For bench_ui_startup: with HOMEVISIT_REPORT_FIRST_FRAME=1 in the environment, homevisit
// prints one line on stderr when the window's first frame is on the screen, and one more
// whenever the session's state changes:
//   homevisit-probe: first-frame ns=<CLOCK_MONOTONIC> state=Starting open-data-files=0
//       graphics-api=<QSGRendererInterface::GraphicsApi as a number>
//   homevisit-probe: state=Locked ns=<CLOCK_MONOTONIC>
// open-data-files counts this process's open files under the data directory at that
// moment (a vault or journal being read would show up). Without the variable: nothing.
#pragma once

#include <QString>

class QQuickWindow;

namespace homevisit::ui {

class SessionController;

void reportStartupIfAsked(QQuickWindow *window, SessionController &session, const QString &dataDir);

} // namespace homevisit::ui
