#pragma once

#include <QChartView>

#include <array>

class QBarSet;
class QValueAxis;

namespace mw::app {

// Digits per class in train / validation / test, as stacked bars.
class ClassCountsChart : public QChartView {
    Q_OBJECT
public:
    using Counts = std::array<std::array<int, 10>, 3>; // [part][class]
    explicit ClassCountsChart(QWidget *parent = nullptr);
    void setCounts(const Counts &counts);
    const Counts &counts() const { return m_counts; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::array<QBarSet *, 3> m_sets{};
    QValueAxis *m_axisY = nullptr;
    Counts m_counts{};
};

} // namespace mw::app
