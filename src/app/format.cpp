#include "format.h"

#include <QLocale>

#include <algorithm>

namespace mw::app {

QString Format::duration(double seconds)
{
    seconds = std::max(0.0, seconds);
    if (seconds < 59.5)
        return tr("%1 s").arg(seconds, 0, 'f', seconds < 9.95 ? 1 : 0);
    const qint64 s = qint64(seconds + 0.5);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0'));
}

QString Format::percent(double fraction)
{
    return QLocale().toString(100 * fraction, 'f', 2) + QStringLiteral(" %");
}

QString Format::normalization(mw::core::Normalization normalization)
{
    switch (normalization) {
    case mw::core::Normalization::Tutorial: return QStringLiteral("[−1, 1]");
    case mw::core::Normalization::ImageNet: return tr("ImageNet mean/std");
    case mw::core::Normalization::Caffe: break;
    }
    return tr("BGR minus ImageNet mean (caffe)");
}

} // namespace mw::app
