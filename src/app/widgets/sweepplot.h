#pragma once

#include "sweep/trials.h"

#include <QString>
#include <QWidget>

#include <vector>

class QCustomPlot;

namespace mw::app {

// A sweep's finished trials: test accuracy against one varied setting (a log axis for settings that span a decade
// or more, such as learning rates; values that are not numbers side by side; one colour per model), or every varied
// setting side by side with each trial a line through its values and its accuracy (parallel coordinates). The best
// trial is marked in both.
class SweepPlot : public QWidget {
    Q_OBJECT
public:
    static constexpr int kAllSettings = -1;

    explicit SweepPlot(QWidget *parent = nullptr);

    // axis: the index of the varied setting on the x axis, or kAllSettings.
    void setData(const mw::core::Sweep &sweep, const std::vector<mw::core::SweepRow> &rows, int axis);
    int plottedTrials() const { return m_plotted; }
    bool logarithmic() const { return m_log; }
    // PNG, SVG-free: by the file's suffix (png, jpg, pdf). Empty on success, else why not.
    QString exportTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void redraw();
    void plotAgainst(int axis);
    void plotParallel();

    QCustomPlot *m_plot;
    mw::core::Sweep m_sweep;
    std::vector<mw::core::SweepRow> m_rows;
    int m_axis = kAllSettings;
    int m_plotted = 0;
    bool m_log = false;
};

} // namespace mw::app
