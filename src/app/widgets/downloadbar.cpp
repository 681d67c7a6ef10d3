#include "widgets/downloadbar.h"

#include "format.h"
#include "jobs/weightsjobs.h"

#include <QEvent>
#include <QBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

#include <cmath>

namespace mw::app {

DownloadBar::DownloadBar(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)), m_cancel(new QPushButton(this))
{
    // The bar and Cancel on one line, what is coming in below: it fits a narrow column and a wide dialog alike.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    m_bar->setObjectName(QStringLiteral("downloadProgress"));
    m_bar->setTextVisible(false);
    m_label->setObjectName(QStringLiteral("downloadLabel"));
    m_label->setWordWrap(true);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // wraps rather than widening the page
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setObjectName(QStringLiteral("cancelDownloadButton"));
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);
    layout->addLayout(row);
    layout->addWidget(m_label);
    retranslate();
    setVisible(false);
}

void DownloadBar::watch(WeightsDownloads *downloads)
{
    m_downloads = downloads;
    connect(m_cancel, &QPushButton::clicked, downloads, &WeightsDownloads::cancelAll);
    connect(downloads, &WeightsDownloads::started, this, [this](const QString &name) { display(name, m_downloads->progress()); });
    connect(downloads, &WeightsDownloads::progressed, this, &DownloadBar::display);
    connect(downloads, &WeightsDownloads::idle, this, [this] {
        setVisible(false);
        m_label->clear();
    });
    if (downloads->isBusy())
        display(downloads->current(), downloads->progress());
}

QString DownloadBar::text() const { return m_label->text(); }

QString DownloadBar::describe(const mw::core::DownloadProgress &progress)
{
    const QLocale locale;
    QStringList parts;
    parts << (progress.total > 0 ? tr("%1 of %2").arg(locale.formattedDataSize(progress.done),
                                                      locale.formattedDataSize(progress.total))
                                 : locale.formattedDataSize(progress.done));
    if (progress.bytesPerSecond > 0)
        parts << tr("%1/s").arg(locale.formattedDataSize(qint64(progress.bytesPerSecond)));
    if (progress.secondsLeft >= 0)
        parts << tr("%1 left").arg(Format::duration(progress.secondsLeft));
    if (progress.resumedFrom > 0)
        parts << tr("resumed at %1").arg(locale.formattedDataSize(progress.resumedFrom));
    return parts.join(QStringLiteral(" · "));
}

void DownloadBar::display(const QString &name, const mw::core::DownloadProgress &progress)
{
    if (progress.total > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(std::lround(1000.0 * double(progress.done) / double(progress.total))));
    } else {
        m_bar->setRange(0, 0); // busy: the size is not known yet
    }
    const int waiting = m_downloads ? m_downloads->waitingCount() : 0;
    const QString what = waiting > 0 ? tr("%1 (%n more waiting)", nullptr, waiting).arg(name) : name;
    m_label->setText(tr("%1: %2").arg(what, describe(progress)));
    m_label->setToolTip(tr("Downloading %1 into %2").arg(name, QString::fromStdString(mw::core::weightsDir().string())));
    setVisible(true);
}

void DownloadBar::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop downloading; the part already here is kept, and the next download resumes it"));
}

void DownloadBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace mw::app
