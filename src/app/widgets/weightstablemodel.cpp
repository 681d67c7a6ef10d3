#include "widgets/weightstablemodel.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QLocale>

#include <cmath>

namespace mw::app {
namespace {

QString text(const std::string &s) { return QString::fromStdString(s); }

} // namespace

QString WeightsTableModel::stateText(mw::core::WeightsState state)
{
    switch (state) {
    case mw::core::WeightsState::Missing:
        return tr("not downloaded");
    case mw::core::WeightsState::Verified:
        return tr("verified");
    case mw::core::WeightsState::Damaged:
        return tr("damaged (digest differs)");
    case mw::core::WeightsState::Unchecked:
        return tr("unchecked (no digest published)");
    }
    return {};
}

void WeightsTableModel::setCatalog(std::vector<mw::core::WeightsEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_rows.assign(m_entries.size(), Row{});
    endResetModel();
}

int WeightsTableModel::row(const QString &name) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (text(m_entries[i].name) == name)
            return int(i);
    return -1;
}

std::optional<mw::core::WeightsStatus> WeightsTableModel::status(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].status : std::nullopt;
}

void WeightsTableModel::changed(const QString &name, const std::function<void(Row &)> &change)
{
    const int r = row(name);
    if (r < 0)
        return;
    change(m_rows[std::size_t(r)]);
    Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

void WeightsTableModel::setStatus(const QString &name, const mw::core::WeightsStatus &status)
{
    changed(name, [&](Row &row) { row = Row{status, {}, std::nullopt}; });
}

void WeightsTableModel::setUnreadable(const QString &name, const QString &message)
{
    changed(name, [&](Row &row) { row = Row{std::nullopt, message, std::nullopt}; });
}

void WeightsTableModel::setChecking(const QString &name)
{
    changed(name, [](Row &row) { row = Row{}; });
}

void WeightsTableModel::setDownloading(const QString &name, const mw::core::DownloadProgress &progress)
{
    changed(name, [&](Row &row) {
        row.download = progress;
        row.problem.clear();
    });
}

void WeightsTableModel::setDownloadFailed(const QString &name, const QString &message)
{
    changed(name, [&](Row &row) {
        row.download.reset();
        row.problem = message;
    });
}

int WeightsTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }

int WeightsTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString WeightsTableModel::statusText(int r) const
{
    const Row &row = m_rows[std::size_t(r)];
    if (row.download) {
        const auto &d = *row.download;
        return d.total > 0 ? tr("downloading, %1 %").arg(std::lround(100.0 * double(d.done) / double(d.total)))
                           : tr("downloading…");
    }
    if (!row.problem.isEmpty())
        return row.status ? tr("%1; %2").arg(stateText(row.status->state), row.problem) : row.problem;
    if (!row.status)
        return tr("checking…");
    QString words = stateText(row.status->state);
    if (row.status->state == mw::core::WeightsState::Missing && row.status->partialBytes > 0)
        words = tr("not downloaded (%1 here; Download resumes)").arg(QLocale().formattedDataSize(row.status->partialBytes));
    return words;
}

QString WeightsTableModel::fileText(int r) const
{
    const auto &status = m_rows[std::size_t(r)].status;
    if (!status || status->state == mw::core::WeightsState::Missing)
        return QString();
    return QDir::toNativeSeparators(text(status->path.string()));
}

QVariant WeightsTableModel::display(int r, int column) const
{
    const mw::core::WeightsEntry &e = m_entries[std::size_t(r)];
    const auto &status = m_rows[std::size_t(r)].status;
    switch (column) {
    case ColName:
        return text(e.name);
    case ColModel:
        return text(e.model);
    case ColFormat:
        return text(mw::core::toString(e.format));
    case ColSize: {
        const qint64 size = status && status->size > 0 ? status->size : e.size;
        return size > 0 ? QLocale().formattedDataSize(size) : QStringLiteral("—");
    }
    case ColStatus:
        return statusText(r);
    case ColSource:
        return text(e.source);
    case ColLicense:
        return text(e.license);
    case ColFile:
        return fileText(r);
    }
    return {};
}

QVariant WeightsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const int r = index.row();
    const mw::core::WeightsEntry &e = m_entries[std::size_t(r)];
    const auto &status = m_rows[std::size_t(r)].status;
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case kNameRole:
        return text(e.name);
    case kStateRole:
        return status ? int(status->state) : -1;
    case Qt::ToolTipRole:
        if (index.column() == ColFile && status && status->state != mw::core::WeightsState::Missing)
            return status->inWeightsDir
                       ? tr("In the app's weights folder (%1)").arg(text(mw::core::weightsDir().string()))
                       : tr("Found in another program's cache (torch hub or Keras); used where it is, never deleted here");
        if (index.column() == ColFile)
            return tr("Downloads go to %1").arg(text(mw::core::weightsDir().string()));
        if (index.column() == ColName)
            return QStringLiteral("%1\n%2\n%3").arg(text(e.description), text(e.url), text(e.digest.describe()));
        return display(r, index.column());
    case Qt::ForegroundRole:
        if (index.column() == ColStatus && status && status->state == mw::core::WeightsState::Damaged)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == ColStatus && status && status->state == mw::core::WeightsState::Verified)
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        return {};
    default:
        return {};
    }
}

QVariant WeightsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ColName:
        return tr("Name");
    case ColModel:
        return tr("Model");
    case ColFormat:
        return tr("Format");
    case ColSize:
        return tr("Size");
    case ColStatus:
        return tr("Status");
    case ColSource:
        return tr("Source");
    case ColLicense:
        return tr("Licence");
    case ColFile:
        return tr("File");
    }
    return {};
}

} // namespace mw::app
