#pragma once

#include "jobs/loaddatasetjob.h"
#include "training/celldigits.h"
#include "training/result.h"
#include "ui_resultspage.h"
#include "widgets/curveplot.h"
#include "widgets/digitdelegate.h"
#include "widgets/resultstablemodel.h"
#include "widgets/testdigitsmodel.h"

#include <QSortFilterProxyModel>
#include <QWidget>

#include <map>
#include <set>

class QAction;
class QThreadPool;

namespace mw::app {

// Compare finished runs: the table (sortable, McNemar against a chosen reference), time and accuracy charts, the
// selected run's learning curves and confusion matrix, and the test digits behind each of its cells (with the
// model's probabilities; with no cell chosen, the top losses). Lists the run store at start, so past runs come back
// after a restart with their curves; new runs arrive through addRun().
class ResultsPage : public QWidget {
    Q_OBJECT
public:
    // Lists `runsFolder` (default: mw::core::defaultRunsDir()) on the pool at once.
    explicit ResultsPage(QThreadPool *pool, QWidget *parent = nullptr, const QString &runsFolder = {});

    QString runsFolder() const { return m_runsFolder; }
    bool isLoading() const { return m_loadingRuns; }
    const ResultsTableModel &runs() const { return m_model; }
    const QSortFilterProxyModel &sortedRuns() const { return m_proxy; }
    const TestDigitsModel &cellDigits() const { return m_digits; }
    bool isLoadingDigits() const { return !m_loadingDatasets.empty(); }
    QStringList problems() const { return m_problems; } // runs the last listing skipped, one line each

    void selectRun(int modelRow); // -1 clears
    int selectedRun() const;      // model row, -1 when none
    void setReference(int modelRow);
    // Shows only the runs of that sweep (its folder's name); an empty name shows every run.
    void setSweepFilter(const QString &sweep);

    // By suffix: .csv or .json; the rows in the order the table shows them. Empty string on success, else why not.
    QString exportTable(const QString &path) const;
    // "runtime", "accuracy", "curves" (the selected run's) or "confusion", as PNG, SVG or PDF by suffix.
    QString exportFigure(const QString &figure, const QString &path);

public Q_SLOTS:
    // A run that just finished (RunQueue::jobFinished). A folder already listed is replaced.
    void addRun(const mw::core::RunResult &result, const QString &runDir);
    void reloadRuns();
    // Asks first (a window-modal dialog that does not block), then deletes the selected run's folder.
    void deleteSelectedRun();
    void showCell(int trueDigit, int predicted);

Q_SIGNALS:
    void runsLoaded(int count);
    void runDeleted(const QString &runDir);
    void resumeRequested(const QString &runDir); // the user asked to go on with a cancelled run
    void cellDigitsShown(int count); // after a cell's digits are listed (at once, or once the dataset has loaded)

protected:
    void changeEvent(QEvent *event) override;

private:
    static constexpr int kCellRole = Qt::UserRole; // confusionsList items: true * 10 + predicted

    void retranslate();
    void finishListing(std::vector<RunRecord> runs, const QStringList &problems);
    void deleteRun(const QString &dir);
    void runsChanged();
    void refreshResumeButton();
    void refreshReferenceCombo();
    void refreshSweepCombo();
    void filterToSweep();
    void refreshCharts();
    void refreshStatus();
    void showSelectedRun();
    void showRunTexts(); // the matrix title, the confusions list and what the digits pane says before it has digits
    // keepDigits: only the line above the digits is worded again (a new language), the digits stay as they are.
    void fillCellDigits(bool keepDigits = false);
    // The run's dataset once loaded; else null, with what the digits pane says meanwhile (loading it, or why not).
    DatasetPtr datasetOf(const mw::core::RunResult &r, QString *folder);
    void loadDataset(const QString &folder);
    QString cellText(const mw::core::CellDigits &cell, const mw::core::RunResult &r, const std::string &datasetName,
                     const QString &folder) const;
    void chooseTableExport(const QString &suffix);
    void chooseFigureExport(const QString &figure);
    void showError(const QString &title, const QString &message, const QString &objectName);

    Ui::ResultsPage m_ui;
    QThreadPool *m_pool;
    QString m_runsFolder;
    ResultsTableModel m_model;
    QSortFilterProxyModel m_proxy;
    TestDigitsModel m_digits;
    DigitDelegate m_delegate;
    bool m_loadingRuns = false;
    int m_listingGeneration = 0;
    QStringList m_problems;
    QAction *m_csvAction, *m_jsonAction, *m_referenceAction, *m_deleteAction;
    std::map<QString, DatasetPtr> m_datasets; // by folder: loaded once, shared by the runs that used it
    std::set<QString> m_loadingDatasets;
    std::map<QString, QString> m_datasetErrors;
    int m_cellTrue = -1, m_cellPredicted = -1; // -1: all of the run's mistakes
};

} // namespace mw::app
