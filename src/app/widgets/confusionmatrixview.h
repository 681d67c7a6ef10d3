#pragma once

#include <QWidget>

#include <array>

namespace mw::app {

// A 10x10 confusion matrix as a heat map: rows the true digit, columns the prediction. The diagonal is shaded by
// the share of its row classified right, the errors by their count against the largest error, so a few
// mistakes among a thousand still show. Clicking a cell (or Enter on the current one) reports it.
class ConfusionMatrixView : public QWidget {
    Q_OBJECT
public:
    using Matrix = std::array<std::array<int, 10>, 10>; // [true][predicted]

    explicit ConfusionMatrixView(QWidget *parent = nullptr);
    void setMatrix(const Matrix &matrix); // clears the selection
    // No matrix: the view says why (default: that no run is selected).
    void clear(const QString &why = {});
    const Matrix &matrix() const { return m_matrix; }
    bool hasMatrix() const { return m_hasMatrix; }

    void selectCell(int trueDigit, int predicted); // -1, -1 clears
    int selectedTrue() const { return m_selTrue; }
    int selectedPredicted() const { return m_selPredicted; }

    // Cell geometry in widget coordinates (tests click there).
    QRect cellRect(int trueDigit, int predicted) const;
    // Draws the whole figure into any paint device's rectangle (the widget, an image, SVG or PDF).
    void paint(QPainter &painter, const QRect &target) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

Q_SIGNALS:
    void cellClicked(int trueDigit, int predicted);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Layout {
        QRectF grid;
        double cell = 0;
    };
    Layout layoutFor(const QRectF &target, const QFontMetricsF &metrics) const;
    QPair<int, int> cellAt(const QPointF &pos) const;

    Matrix m_matrix{};
    bool m_hasMatrix = false;
    QString m_why;
    int m_selTrue = -1, m_selPredicted = -1;
};

} // namespace mw::app
