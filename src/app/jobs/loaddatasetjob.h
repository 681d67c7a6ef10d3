#pragma once

#include "data/catalog.h"

#include <QObject>
#include <QRunnable>
#include <QString>

#include <filesystem>
#include <memory>

namespace mw::app {

using DatasetPtr = std::shared_ptr<const mw::core::Dataset>;

// Loads and verifies a dataset folder on a pool thread. Exactly one of loaded / failed is emitted.
class LoadDatasetJob : public QObject, public QRunnable {
    Q_OBJECT
public:
    explicit LoadDatasetJob(std::filesystem::path folder);
    void run() override;

Q_SIGNALS:
    void progressed(int percent);
    void loaded(mw::app::DatasetPtr dataset);
    void failed(const QString &message);

private:
    std::filesystem::path m_folder;
};

} // namespace mw::app

Q_DECLARE_METATYPE(mw::app::DatasetPtr)
