#pragma once

#include "jobs/loaddatasetjob.h"

#include <QAbstractListModel>
#include <QImage>

#include <vector>

namespace mw::app {

// The digits of one part of a split (optionally one class) as a flat list. Images are shallow QImages over the
// dataset's own bytes: nothing is copied, so paging through 70,000 digits costs only what is on screen.
class DigitListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { ImageRole = Qt::UserRole + 1, LabelRole, GlobalIndexRole };

    using QAbstractListModel::QAbstractListModel;
    void setDigits(DatasetPtr dataset, std::vector<int> globalIndices);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    static QImage imageOf(const mw::core::MnistData &data, int globalIndex);

private:
    DatasetPtr m_dataset;
    std::vector<int> m_indices;
};

} // namespace mw::app
