#pragma once

#include <QChartView>

#include <optional>
#include <vector>

namespace mw::app {

// One bar (or stack) per run, in the order given.
struct RunBar {
    QString label;
    double headSeconds = 0;     // head phase, or a baseline's single training phase
    double finetuneSeconds = 0;
    double otherSeconds = 0;    // loading, building, test evaluation: the rest of the run's total
    std::optional<double> accuracy; // test accuracy, 0..1; unset for cancelled runs
};

// The comparison bar charts: build and train time per run (stacked by phase, like the Keras tutorial's
// "Total build and train time" figure) or test accuracy per run (axis zoomed to where the runs differ).
class RunBarChart : public QChartView {
    Q_OBJECT
public:
    enum class Kind { Runtime, Accuracy };
    explicit RunBarChart(QWidget *parent = nullptr);
    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    void setRuns(const std::vector<RunBar> &runs);
    const std::vector<RunBar> &runs() const { return m_runs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    Kind m_kind = Kind::Runtime;
    std::vector<RunBar> m_runs;
};

} // namespace mw::app
