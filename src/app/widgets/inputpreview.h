#pragma once

#include "data/preview.h"

#include <QImage>
#include <QWidget>

namespace mw::app {

// A digit as the network sees it: the stored 28x28 grey image, the three replicated channels of the model input
// (tinted red, green, blue) and the resized RGB input, each captioned with its size and value range.
class InputPreview : public QWidget {
    Q_OBJECT
public:
    explicit InputPreview(QWidget *parent = nullptr);
    void setDigit(const QImage &original, const mw::core::InputPreview &input);
    void clear();
    const mw::core::InputPreview &input() const { return m_input; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_original;
    mw::core::InputPreview m_input;
    std::array<QImage, 4> m_tiles; // R, G, B, composite
};

} // namespace mw::app
