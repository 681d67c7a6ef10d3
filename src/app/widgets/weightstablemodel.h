#pragma once

#include "weightstore/catalog.h"
#include "weightstore/download.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace mw::app {

// The weights catalog as a table: one row per entry, with what is known of its file (checking, downloading, its
// status). Statuses come from the pool (WeightsStatusJob, WeightsDownloads); the model only shows them.
class WeightsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ColName, ColModel, ColFormat, ColSize, ColStatus, ColSource, ColLicense, ColFile, ColumnCount };
    static constexpr int kNameRole = Qt::UserRole;      // the entry's name, in every column
    static constexpr int kStateRole = Qt::UserRole + 1; // int(WeightsState), or -1 while not known

    using QAbstractTableModel::QAbstractTableModel;

    // "verified", "not downloaded", "damaged (digest differs)", "unchecked (no digest published)"
    static QString stateText(mw::core::WeightsState state);

    void setCatalog(std::vector<mw::core::WeightsEntry> entries); // statuses unknown ("checking…")
    const std::vector<mw::core::WeightsEntry> &catalog() const { return m_entries; }
    int row(const QString &name) const; // -1 when not listed
    const mw::core::WeightsEntry &entry(int row) const { return m_entries[std::size_t(row)]; }
    std::optional<mw::core::WeightsStatus> status(int row) const;

    void setStatus(const QString &name, const mw::core::WeightsStatus &status);
    void setUnreadable(const QString &name, const QString &message);
    void setChecking(const QString &name);
    void setDownloading(const QString &name, const mw::core::DownloadProgress &progress);
    void setDownloadFailed(const QString &name, const QString &message); // shown until its next status

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        std::optional<mw::core::WeightsStatus> status;
        QString problem; // unreadable file, failed download
        std::optional<mw::core::DownloadProgress> download;
    };
    QString statusText(int row) const;
    QString fileText(int row) const;
    QVariant display(int row, int column) const;
    void changed(const QString &name, const std::function<void(Row &)> &change);

    std::vector<mw::core::WeightsEntry> m_entries;
    std::vector<Row> m_rows;
};

} // namespace mw::app
