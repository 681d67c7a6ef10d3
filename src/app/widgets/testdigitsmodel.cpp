#include "widgets/testdigitsmodel.h"

#include "widgets/digitlistmodel.h"

namespace mw::app {

static_assert(int(TestDigitsModel::ImageRole) == int(DigitListModel::ImageRole));

void TestDigitsModel::setDigits(DatasetPtr dataset, std::vector<Digit> digits)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    m_digits = std::move(digits);
    endResetModel();
}

void TestDigitsModel::clear() { setDigits(nullptr, {}); }

int TestDigitsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_digits.size()); }

QVariant TestDigitsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || !m_dataset)
        return {};
    const Digit &d = m_digits[std::size_t(index.row())];
    switch (role) {
    case ImageRole: return DigitListModel::imageOf(m_dataset->data, d.global);
    case LabelRole: return d.label;
    case GlobalIndexRole: return d.global;
    case PositionRole: return d.position;
    case PredictedRole: return d.predicted;
    case Qt::DisplayRole:
        return d.label == d.predicted ? QString::number(d.label) : QStringLiteral("%1→%2").arg(d.label).arg(d.predicted);
    case Qt::ToolTipRole:
        return d.label == d.predicted
                   ? tr("Test digit %1 (dataset #%2): a %3, classified right").arg(d.position).arg(d.global).arg(d.label)
                   : tr("Test digit %1 (dataset #%2): a %3, predicted %4")
                         .arg(d.position)
                         .arg(d.global)
                         .arg(d.label)
                         .arg(d.predicted);
    default: return {};
    }
}

} // namespace mw::app
