#include "helpdialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QShortcut>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace mw::app {
namespace {

QDialog *makeDialog(QWidget *parent, const QString &title, QWidget *content, QSize size)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(content);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(size);
    return dialog;
}

} // namespace

QList<ShortcutEntry> shortcuts(const QWidget *window)
{
    QList<ShortcutEntry> list;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty() || action->isSeparator())
            continue;
        QString what = action->text();
        what.remove(QLatin1Char('&'));
        what.remove(QChar(0x2026)); // "Open…"
        list.append({what.trimmed(), action->shortcut()});
    }
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>())
        if (!shortcut->whatsThis().isEmpty())
            list.append({shortcut->whatsThis(), shortcut->key()});
    std::sort(list.begin(), list.end(), [](const ShortcutEntry &a, const ShortcutEntry &b) {
        return a.what.localeAwareCompare(b.what) < 0;
    });
    list.erase(std::unique(list.begin(), list.end(),
                           [](const ShortcutEntry &a, const ShortcutEntry &b) { return a.what == b.what && a.keys == b.keys; }),
               list.end());
    return list;
}

void showShortcuts(QWidget *window)
{
    const QList<ShortcutEntry> list = shortcuts(window);
    auto *table = new QTableWidget(int(list.size()), 2);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setHorizontalHeaderLabels({QCoreApplication::translate("HelpDialogs", "Action"), QCoreApplication::translate("HelpDialogs", "Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < list.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(list[row].what));
        table->setItem(row, 1, new QTableWidgetItem(list[row].keys.toString(QKeySequence::NativeText)));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    makeDialog(window, QCoreApplication::translate("HelpDialogs", "Keyboard shortcuts"), table, {520, 520})->show();
}

QString gettingStartedMarkdown()
{
    QFile file(QStringLiteral(":/doc/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString readme = QString::fromUtf8(file.readAll());
    const qsizetype start = readme.indexOf(QLatin1String("### A teaching demo"));
    if (start < 0)
        return readme;
    const qsizetype end = readme.indexOf(QLatin1String("\n## "), start);
    return readme.mid(start, end < 0 ? -1 : end - start);
}

void showGettingStarted(QWidget *parent)
{
    auto *browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("gettingStarted"));
    browser->setOpenExternalLinks(true);
    browser->setMarkdown(gettingStartedMarkdown());
    makeDialog(parent, QCoreApplication::translate("HelpDialogs", "Getting started"), browser, {720, 560})->show();
}

} // namespace mw::app
