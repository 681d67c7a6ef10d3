#include "data/catalog.h"

#include "errors.h"

#include <algorithm>
#include <cstdlib>

namespace mw::core {

const std::vector<KnownDataset> &knownDatasets()
{
    static const std::vector<KnownDataset> known = {
        {"MNIST",
         "mnist",
         {"ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
          "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
          "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
          "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"}},
        {"Fashion-MNIST",
         "fashion-mnist",
         {"c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888",
          "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9",
          "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b",
          "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34"}},
    };
    return known;
}

std::filesystem::path appDataDir()
{
    if (const char *dir = std::getenv("MNIST_WORKBENCH_DATA_DIR"); dir && *dir)
        return dir;
    if (const char *xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return std::filesystem::path(xdg) / "mnist-workbench";
    const char *home = std::getenv("HOME");
    return std::filesystem::path(home && *home ? home : ".") / ".local/share/mnist-workbench";
}

std::vector<DatasetLocation> discoverDatasets()
{
    std::vector<DatasetLocation> found;
    for (const auto &root : {appDataDir() / "datasets", std::filesystem::path("/usr/share/datasets")}) {
        std::error_code ec;
        std::vector<std::filesystem::path> folders;
        for (const auto &entry : std::filesystem::directory_iterator(root, ec))
            if (entry.is_directory(ec))
                folders.push_back(entry.path());
        std::sort(folders.begin(), folders.end());
        for (const auto &folder : folders) {
            try {
                for (IdxRole role : kIdxRoles)
                    findIdxFile(folder, role);
            } catch (const DataError &) {
                continue; // not a dataset folder
            }
            std::string name = folder.filename().string();
            for (const auto &known : knownDatasets())
                if (known.folderName == name)
                    name = known.name;
            found.push_back({name, folder});
        }
    }
    return found;
}

Dataset loadDataset(const std::filesystem::path &folder, const std::function<void(double)> &progress)
{
    Dataset dataset;
    dataset.data = loadMnistFolder(folder, progress);
    dataset.name = std::filesystem::absolute(folder).lexically_normal().filename().string();
    if (dataset.name.empty())
        dataset.name = std::filesystem::absolute(folder).lexically_normal().parent_path().filename().string();
    for (const auto &known : knownDatasets()) {
        if (std::equal(known.sha256.begin(), known.sha256.end(), dataset.data.sha256.begin())) {
            dataset.name = known.name;
            dataset.verified = true;
        }
    }
    return dataset;
}

} // namespace mw::core
