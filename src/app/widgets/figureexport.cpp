#include "widgets/figureexport.h"

#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QImage>
#include <QWidget>
#ifdef MW_HAVE_SVG
#include <QSvgGenerator>
#endif

namespace mw::app {

QStringList figureFormats()
{
#ifdef MW_HAVE_SVG
    return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
#else
    return {QStringLiteral("png"), QStringLiteral("pdf")};
#endif
}

QString figureFileFilter()
{
    QStringList filters{QObject::tr("PNG image (*.png)")};
#ifdef MW_HAVE_SVG
    filters << QObject::tr("SVG drawing (*.svg)");
#endif
    filters << QObject::tr("PDF document (*.pdf)");
    return filters.join(QStringLiteral(";;"));
}

QString saveFigure(QWidget *widget, const std::function<void(QPainter &, const QRect &)> &paint, const QString &path,
                   QSize hiddenSize)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!figureFormats().contains(suffix))
        return QObject::tr("%1: cannot save a figure as \"%2\" (choose %3)")
            .arg(path, suffix, figureFormats().join(QStringLiteral(", ")));
    const QSize size = widget->isVisible() ? widget->size().expandedTo(QSize(100, 100)) : hiddenSize;
    const QRect area(QPoint(0, 0), size);
    if (suffix == QLatin1String("png")) {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            paint(painter, area);
        }
        if (!image.save(path, "PNG"))
            return QObject::tr("%1: cannot write the image").arg(path);
        return {};
    }
    QFile::remove(path); // so a failed write is not mistaken for the old file
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter writer(path);
        writer.setResolution(72); // one point per pixel: the page is the widget's size
        writer.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&writer))
            return QObject::tr("%1: cannot write the PDF").arg(path);
        paint(painter, area);
        painter.end();
    }
#ifdef MW_HAVE_SVG
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(area);
        generator.setTitle(widget->windowTitle());
        QPainter painter;
        if (!painter.begin(&generator))
            return QObject::tr("%1: cannot write the SVG").arg(path);
        paint(painter, area);
        painter.end();
    }
#endif
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return QObject::tr("%1: could not be written").arg(path);
    return {};
}

} // namespace mw::app
