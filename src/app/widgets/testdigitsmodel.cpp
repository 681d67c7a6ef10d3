#include "widgets/testdigitsmodel.h"

#include "widgets/digitdelegate.h"
#include "widgets/digitlistmodel.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <numeric>

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
    case LossRole: return d.detail ? QVariant(d.detail->loss) : QVariant();
    case Qt::DisplayRole:
        return d.label == d.predicted ? QString::number(d.label) : QStringLiteral("%1→%2").arg(d.label).arg(d.predicted);
    case DigitDelegate::CornerTextRole: // how sure the model was of its answer
        return d.detail ? QStringLiteral("%1%").arg(std::lround(100 * d.detail->probabilities[std::size_t(d.predicted)]))
                        : QVariant();
    case Qt::ToolTipRole: {
        QString tip = d.label == d.predicted
                          ? tr("Test digit %1 (dataset #%2): a %3, classified right").arg(d.position).arg(d.global).arg(d.label)
                          : tr("Test digit %1 (dataset #%2): a %3, predicted %4")
                                .arg(d.position)
                                .arg(d.global)
                                .arg(d.label)
                                .arg(d.predicted);
        if (d.detail) {
            // The three likeliest digits, and what the true digit got.
            std::array<int, 10> order{};
            std::iota(order.begin(), order.end(), 0);
            const auto &p = d.detail->probabilities;
            std::stable_sort(order.begin(), order.end(), [&p](int a, int b) { return p[std::size_t(a)] > p[std::size_t(b)]; });
            QStringList likeliest;
            for (int i = 0; i < 3; ++i)
                likeliest << tr("%1: %2 %").arg(order[std::size_t(i)]).arg(100 * p[std::size_t(order[std::size_t(i)])], 0, 'f', 1);
            tip += QLatin1Char('\n') + tr("Probabilities %1; the true %2 got %3 %, loss %4")
                                           .arg(likeliest.join(QStringLiteral(", ")))
                                           .arg(d.label)
                                           .arg(100 * p[std::size_t(d.label)], 0, 'f', 1)
                                           .arg(d.detail->loss, 0, 'f', 3);
        }
        return tip;
    }
    default: return {};
    }
}

} // namespace mw::app
