#pragma once

#include "jobs/runrecord.h"
#include "training/mcnemar.h"
#include "training/result.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace mw::app {

// One row per run, one column per figure the comparison needs. Display text, a numeric SortRole for
// QSortFilterProxyModel, tooltips that say how derived figures are computed, and CSV/JSON export of the same rows.
class ResultsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ModelColumn,
        WeightsColumn,
        AccuracyColumn,
        LossColumn,
        EpochsColumn,
        HeadTimeColumn,
        FinetuneTimeColumn,
        TotalTimeColumn,
        ImagesPerSecondColumn,
        ParametersColumn,
        DeviceColumn,
        McNemarColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, RunDirRole, SweepRole };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Adds a run, or replaces the row of the same folder.
    void addRun(RunRecord record);
    void setRuns(std::vector<RunRecord> records);
    void removeRun(int row);
    const RunRecord &run(int row) const { return m_runs[std::size_t(row)]; }
    int rowOfDir(const QString &dir) const; // -1 when absent
    // The model name, with the run folder's time when several runs share it ("resnet50 14:22:33").
    QString runLabel(int row) const;

    // Headers and texts are worded when views ask: after a language change they are told to ask again.
    void retranslate();

    // The run the McNemar column compares against (by folder); an empty or unknown folder clears the column.
    void setReferenceDir(const QString &dir);
    QString referenceDir() const;
    // Against the reference: the test's result, or why the two runs cannot be compared (std::nullopt + reason).
    std::optional<mw::core::McNemarResult> mcnemar(int row, QString *whyNot = nullptr) const;

    // Training digits x epochs (all phases) / training seconds (all phases); unset when a figure is missing.
    static std::optional<double> imagesPerSecond(const RunRecord &record);
    static int testSize(const mw::core::RunResult &result); // digits in its confusion matrix

    // The given rows in the given order (the view's), with raw numbers (fractions, seconds) rather than display text.
    QByteArray toCsv(const std::vector<int> &rows) const;
    QByteArray toJson(const std::vector<int> &rows) const;

private:
    QVariant display(const RunRecord &record, int row, int column) const;
    QVariant sortValue(const RunRecord &record, int row, int column) const;
    QVariant toolTip(const RunRecord &record, int row, int column) const;
    void refreshMcNemarColumn();

    std::vector<RunRecord> m_runs;
    int m_reference = -1;
};

} // namespace mw::app
