#pragma once

#include <QWidget>

#include <array>

namespace mw::app {

// One model's answer: its name, the most probable digit large with its probability, and a bar per digit 0-9.
// Without a prediction (empty drawing, model still loading or failed) it shows a dash and a note instead.
class ProbabilityBars : public QWidget {
    Q_OBJECT
public:
    explicit ProbabilityBars(QWidget *parent = nullptr);

    void setTitle(const QString &title, const QString &subtitle = {});
    QString title() const { return m_title; }
    void setProbabilities(const std::array<float, 10> &probabilities);
    void clearPrediction(const QString &note = {});
    bool hasPrediction() const { return m_digit >= 0; }
    int predictedDigit() const { return m_digit; } // -1 without a prediction
    const std::array<float, 10> &probabilities() const { return m_probabilities; }
    QString note() const { return m_note; }

    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }

    QSize sizeHint() const override { return {190, 330}; }
    QSize minimumSizeHint() const override { return {150, 300}; }

Q_SIGNALS:
    void clicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QString m_title, m_subtitle, m_note;
    std::array<float, 10> m_probabilities{};
    int m_digit = -1;
    bool m_selected = false;
};

} // namespace mw::app
