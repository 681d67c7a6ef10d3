#pragma once

#include "training/result.h"
#include "training/trainer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QVector>
#include <QWidget>

#include <optional>

class QCustomPlot;

namespace mw::app {

// Learning curves of several runs, as in the Keras tutorial's figure: one column per run, accuracy above and loss
// below, train and validation per epoch, plus the running means of the epoch under way. A labelled vertical line
// marks where the head phase ends and fine-tuning begins; stars mark the epochs whose weights a phase kept.
// Data arrives as often as it likes; the plot redraws at most every 40 ms. The plotting library stays in the .cpp.
class CurvePlot : public QWidget {
    Q_OBJECT
public:
    enum class View { Grid, Single };

    explicit CurvePlot(QWidget *parent = nullptr);
    ~CurvePlot() override;

    void addRun(int id, const QString &title);
    void setTitle(int id, const QString &title);
    void removeRun(int id);
    void clear();
    QList<int> runs() const { return m_order; }

    void addEpoch(int id, const mw::core::EpochMetrics &metrics);
    void addBatch(int id, const mw::core::BatchProgress &progress);
    // The head -> fine-tune marker, between epoch `afterEpoch` and the next.
    void setPhaseBoundary(int id, int afterEpoch);
    // Epochs whose weights a phase kept (early stopping restored them), marked on the validation curves.
    void setBestEpochs(int id, const QList<int> &epochs);
    // What a finished run adds: the epochs its phases kept, and the marker where its fine-tuning began.
    void setFinished(int id, const mw::core::RunResult &result);
    // A whole past run at once (its epochs, kept epochs and marker), e.g. from the run store.
    void addResult(int id, const QString &title, const mw::core::RunResult &result);

    // Grid: every run side by side. Single: only `run`.
    void setView(View view, int run = -1);
    View view() const { return m_view; }
    int singleRun() const { return m_single; }

    // By the file's extension; see exportFormats(). False (and *error says why) when it cannot be written.
    bool exportTo(const QString &file, QString *error = nullptr);
    static QStringList exportFormats(); // "png", "pdf", and "svg" when built with Qt SVG

    // What is drawn, for tests and status lines.
    int epochPointCount(int id) const;
    int batchPointsReceived(int id) const;
    std::optional<double> boundaryX(int id) const;
    QList<int> bestEpochs(int id) const;
    int visibleColumns() const;
    // Every text drawn: run titles, axis labels, legend entries, the phase markers' labels.
    QStringList texts() const;

    QSize sizeHint() const override { return {900, 520}; }

protected:
    // A new language or palette: everything is built again with the new texts and colours.
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Curves {
        QString title;
        QVector<double> epochs, trainAcc, valAcc, trainLoss, valLoss;
        QVector<double> liveX, liveAcc, liveLoss; // the epoch under way
        int liveEpoch = 0;
        int batchPoints = 0;
        std::optional<double> boundary;
        QList<int> best;
    };
    struct Column; // the plottables of one run's two axis rects

    void scheduleRedraw(bool rebuild = false);
    void redraw();
    void rebuild();
    void refreshData();
    QList<int> shownRuns() const;

    QCustomPlot *m_plot;
    QHash<int, Curves> m_runs;
    QList<int> m_order;
    QList<Column *> m_columns;
    View m_view = View::Grid;
    int m_single = -1;
    QTimer m_redrawTimer;
    bool m_needsRebuild = true;
    bool m_legendWrapped = false;
};

} // namespace mw::app
