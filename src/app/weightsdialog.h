#pragma once

#include "ui_weightsdialog.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <vector>

class QThreadPool;

namespace mw::core {
struct WeightsEntry;
}

namespace mw::app {

class WeightsDownloads;
class WeightsTableModel;

// The weights catalog (File > Weights…): each entry's model, format, size, status, source, licence and where its file
// lives; Verify looks again, Download fetches into the app's weights folder (progress, speed, time left, Cancel),
// Delete removes files from that folder only (asks first; the torch hub and Keras caches belong to other programs),
// Open folder shows the file's folder. Not modal: downloads go on while the app is used, and after it closes.
class WeightsDialog : public QDialog {
    Q_OBJECT
public:
    explicit WeightsDialog(QThreadPool *pool, QWidget *parent = nullptr);

    WeightsTableModel *model() const { return m_model; }
    bool isChecking() const { return m_checks > 0; }
    void selectEntry(const QString &name); // the row of that entry, alone

public Q_SLOTS:
    void verify();         // the selected entries, or all when none is selected
    void download();       // the selected entries whose file is not at hand
    void deleteSelected(); // asks first
    void openFolder();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void check(const std::vector<mw::core::WeightsEntry> &entries);
    void watchDownloads();
    QList<int> selectedRows() const;
    QStringList ownFiles(int row) const; // the entry's file and .part in the app's weights folder
    void removeFiles(const QList<int> &rows);
    void showMessage(const QString &text, bool error);
    void updateButtons();
    void retranslate();

    Ui::WeightsDialog m_ui;
    QThreadPool *m_pool;
    WeightsDownloads *m_downloads;
    WeightsTableModel *m_model;
    int m_checks = 0;
};

} // namespace mw::app
