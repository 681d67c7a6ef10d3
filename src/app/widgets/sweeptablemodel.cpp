#include "widgets/sweeptablemodel.h"

#include "format.h"

#include <QFont>

namespace mw::app {

int SweepTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int SweepTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedCount + axisCount();
}

int SweepTableModel::fixedAt(int column) const
{
    if (column == 0)
        return TrialColumn;
    if (column <= axisCount())
        return -1;
    return column - axisCount();
}

void SweepTableModel::setSweep(const mw::core::Sweep &sweep, const std::vector<mw::core::TrialStatus> &status)
{
    beginResetModel();
    m_sweep = sweep;
    m_status = status;
    m_rows = mw::core::sweepTable(sweep, status);
    endResetModel();
}

void SweepTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QVariant SweepTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (fixedAt(section)) {
    case -1: return QString::fromStdString(m_sweep.definition.axes[std::size_t(section - 1)].setting);
    case TrialColumn: return tr("Trial");
    case StateColumn: return tr("State");
    case EpochsColumn: return tr("Epochs");
    case ValColumn: return tr("Val. accuracy");
    case TestColumn: return tr("Test accuracy");
    case LossColumn: return tr("Test loss");
    case TimeColumn: return tr("Time");
    case PColumn: return tr("p vs. best");
    }
    return {};
}

QVariant SweepTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const mw::core::SweepRow &row = m_rows[std::size_t(index.row())];
    const mw::core::TrialStatus &s = status(index.row());
    const mw::core::EpochMetrics *last = s.progress.epochs.empty() ? nullptr : &s.progress.epochs.back();
    if (role == Qt::FontRole && row.best) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole) {
        if (!s.error.empty())
            return QString::fromStdString(s.error);
        if (fixedAt(index.column()) == PColumn)
            return tr("McNemar's exact test of this trial's test answers against the best trial's, on the same digits");
        return {};
    }
    const int column = fixedAt(index.column());
    if (role == SortRole) {
        switch (column) {
        case -1: {
            const nlohmann::json &v = row.values[std::size_t(index.column() - 1)];
            return v.is_number() ? QVariant(v.get<double>()) : QVariant(QString::fromStdString(mw::core::settingValueText(v)));
        }
        case TrialColumn: return row.index;
        case EpochsColumn: return int(s.progress.epochs.size());
        case ValColumn: return last ? last->valAccuracy : -1.0;
        case TestColumn: return row.testAccuracy.value_or(-1.0);
        case LossColumn: return row.testLoss.value_or(1e300);
        case TimeColumn: return row.seconds;
        case PColumn: return row.best ? -1.0 : row.pVersusBest.value_or(2.0);
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case -1: return QString::fromStdString(mw::core::settingValueText(row.values[std::size_t(index.column() - 1)]));
    case TrialColumn: return QString::fromStdString(row.name);
    case StateColumn: {
        // The engine's state names, as the CLI prints them; Slurm's own state and node beside them.
        QString text = QString::fromStdString(mw::core::toString(row.state));
        if (!s.queue.empty())
            text += QStringLiteral(" · Slurm ") + QString::fromStdString(s.queue)
                    + (s.node.empty() ? QString() : QStringLiteral(" ") + QString::fromStdString(s.node));
        return text;
    }
    case EpochsColumn: return s.progress.epochs.empty() ? QString() : QString::number(s.progress.epochs.size());
    case ValColumn: return last ? Format::percent(last->valAccuracy) : QString();
    case TestColumn: return row.testAccuracy ? Format::percent(*row.testAccuracy) : QString();
    case LossColumn: return row.testLoss ? QString::number(*row.testLoss, 'f', 4) : QString();
    case TimeColumn: return row.seconds > 0 ? Format::duration(row.seconds) : QString();
    case PColumn:
        if (row.best)
            return tr("best");
        if (!row.pVersusBest)
            return QString();
        // Past what a double holds, the exact test's p reads 0: say it is smaller than that instead.
        return *row.pVersusBest < 1e-300 ? QStringLiteral("< 1e-300") : QString::number(*row.pVersusBest, 'g', 3);
    }
    return {};
}

} // namespace mw::app
