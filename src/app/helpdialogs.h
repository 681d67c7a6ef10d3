#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QWidget;

namespace mw::app {

struct ShortcutEntry {
    QString what; // the action's text without its mnemonic
    QKeySequence keys;
};

// Every shortcut that `window` and its pages define (actions, and shortcuts that carry a whatsThis), as the user
// can press them now: read from the live objects, so the list cannot drift from the code.
QList<ShortcutEntry> shortcuts(const QWidget *window);

void showShortcuts(QWidget *window);
// The README's five-minute teaching demo, embedded at :/doc/README.md.
void showGettingStarted(QWidget *parent);
QString gettingStartedMarkdown();

} // namespace mw::app
