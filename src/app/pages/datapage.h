#pragma once

#include "data/split.h"
#include "jobs/loaddatasetjob.h"
#include "ui_datapage.h"
#include "widgets/digitdelegate.h"
#include "widgets/digitlistmodel.h"

#include <QWidget>

class QThreadPool;

namespace mw::app {

// Pick a dataset and split, see counts per class, page through the digits, and see one digit as a network does.
class DataPage : public QWidget {
    Q_OBJECT
public:
    explicit DataPage(QThreadPool *pool, QWidget *parent = nullptr);

    // Fills the dataset picker from the catalog (app data folder, /usr/share/datasets).
    void refreshCatalog();
    // Loads the catalog entry with this name; false when the catalog has none.
    bool selectDataset(const QString &name);
    // Loads any folder; on success it joins the picker.
    void openFolder(const QString &folder);

    DatasetPtr dataset() const { return m_dataset; }
    QString datasetFolder() const { return m_datasetFolder; }
    const mw::core::Split &split() const { return m_split; }
    const DigitListModel &digits() const { return m_model; }
    bool isLoading() const;

public Q_SLOTS:
    void chooseFolder();

Q_SIGNALS:
    void datasetLoaded(const QString &summary);
    void loadFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate(); // the texts set from code, for the language now installed
    void refreshStatus();
    void refreshPartNames();
    void refreshCountLabel();
    void startLoad(const QString &folder);
    void finishLoad(const DatasetPtr &dataset, const QString &folder);
    void failLoad(const QString &message);
    void rebuildSplit();
    void refreshDigits();
    void showSelectedDigit();
    void syncPickerToDataset();

    Ui::DataPage m_ui;
    QThreadPool *m_pool;
    DatasetPtr m_dataset;
    QString m_datasetFolder;
    QString m_loadingFolder; // while a load runs
    mw::core::Split m_split;
    DigitListModel m_model;
    DigitDelegate m_delegate;
    int m_generation = 0; // results of superseded loads are dropped
};

} // namespace mw::app
