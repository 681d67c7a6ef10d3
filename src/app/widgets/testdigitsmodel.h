#pragma once

#include "jobs/loaddatasetjob.h"
#include "training/celldigits.h"

#include <QAbstractListModel>

#include <vector>

namespace mw::app {

// Test digits of a run shown as cells (with DigitDelegate): each with its true label and what the model predicted,
// and how sure it was when the run kept the probabilities.
class TestDigitsModel : public QAbstractListModel {
    Q_OBJECT
public:
    // ImageRole shares DigitListModel's value, so DigitDelegate paints these cells too.
    enum Role { ImageRole = Qt::UserRole + 1, LabelRole, GlobalIndexRole, PositionRole, PredictedRole, LossRole };

    // As the engine finds them (mw::core::cellDigits): position, dataset index, label, prediction, kept details.
    using Digit = mw::core::CellDigit;

    using QAbstractListModel::QAbstractListModel;
    void setDigits(DatasetPtr dataset, std::vector<Digit> digits);
    void clear();
    const std::vector<Digit> &digits() const { return m_digits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    DatasetPtr m_dataset;
    std::vector<Digit> m_digits;
};

} // namespace mw::app
