#pragma once

#include "sweep/trials.h"

#include <QAbstractTableModel>

#include <vector>

namespace mw::app {

// One row per trial of a sweep, best first (finished trials by test accuracy, then the others): its varied settings' values, its state (and Slurm's queue state and
// node), how far it has trained, its figures and McNemar's p against the best trial (bold). SortRole gives numbers
// for QSortFilterProxyModel.
class SweepTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setSweep(const mw::core::Sweep &sweep, const std::vector<mw::core::TrialStatus> &status);
    const mw::core::Sweep &sweep() const { return m_sweep; }
    const std::vector<mw::core::TrialStatus> &statuses() const { return m_status; } // in trial order
    const std::vector<mw::core::SweepRow> &rows() const { return m_rows; } // best first, as sweepTable orders them
    const mw::core::TrialStatus &status(int row) const { return m_status[std::size_t(m_rows[std::size_t(row)].index)]; }
    void retranslate();

private:
    enum Fixed { TrialColumn, StateColumn, EpochsColumn, ValColumn, TestColumn, LossColumn, TimeColumn, PColumn, FixedCount };
    int axisCount() const { return int(m_sweep.definition.axes.size()); }
    // The fixed column shown at `column` (the axes sit after the trial's name), or -1 for an axis.
    int fixedAt(int column) const;

    mw::core::Sweep m_sweep;
    std::vector<mw::core::TrialStatus> m_status; // in trial order
    std::vector<mw::core::SweepRow> m_rows;      // sweepTable's order
};

} // namespace mw::app
