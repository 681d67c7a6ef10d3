#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace mw::core {
struct DownloadProgress;
}

namespace mw::app {

class WeightsDownloads;

// The app's weights downloads as one line: which entry, a progress bar, size, speed and time left, and Cancel
// (which stops the running download, keeping its .part to resume, and drops the waiting ones). Visible only while
// something downloads.
class DownloadBar : public QWidget {
    Q_OBJECT
public:
    explicit DownloadBar(QWidget *parent = nullptr);

    void watch(WeightsDownloads *downloads);
    QString text() const; // what the line says now

    // "12.3 MB of 44.7 MB · 2.1 MB/s · 15 s left"; parts that are unknown are left out.
    static QString describe(const mw::core::DownloadProgress &progress);

protected:
    void changeEvent(QEvent *event) override;

private:
    void display(const QString &name, const mw::core::DownloadProgress &progress);
    void retranslate();

    WeightsDownloads *m_downloads = nullptr;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace mw::app
