#include "widgets/digitlistmodel.h"

namespace mw::app {

void DigitListModel::setDigits(DatasetPtr dataset, std::vector<int> globalIndices)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    m_indices = std::move(globalIndices);
    endResetModel();
}

int DigitListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_indices.size());
}

QImage DigitListModel::imageOf(const mw::core::MnistData &data, int globalIndex)
{
    return QImage(data.image(globalIndex), mw::core::kImageSide, mw::core::kImageSide, mw::core::kImageSide,
                  QImage::Format_Grayscale8);
}

QVariant DigitListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_indices.size()))
        return {};
    const int global = m_indices[std::size_t(index.row())];
    const auto &data = m_dataset->data;
    switch (role) {
    case ImageRole: return imageOf(data, global);
    case LabelRole: return data.label(global);
    case GlobalIndexRole: return global;
    case Qt::DisplayRole: return QString::number(data.label(global));
    case Qt::ToolTipRole:
        return tr("Digit #%1 (%2 #%3), label %4")
            .arg(global)
            .arg(global < data.train.count ? tr("official train") : tr("official test"))
            .arg(global < data.train.count ? global : global - data.train.count)
            .arg(data.label(global));
    default: return {};
    }
}

} // namespace mw::app
