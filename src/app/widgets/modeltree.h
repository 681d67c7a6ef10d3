#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTreeWidget>

class QThreadPool;

namespace mw::app {

// The Experiment page's model list: the registry's backbones and baselines in two groups, and the user's own
// TorchScript module as the last backbone. Each ticked row is one run. A backbone's input size is edited in place
// with a spin box that knows the model's minimum. Each row keeps its model's name at Qt::UserRole in column 0.
class ModelTree : public QTreeWidget {
    Q_OBJECT
public:
    struct Choice {
        QString name;
        QString title; // as the row shows it
        bool backbone = false;
        int inputSize = 0; // 0 for a baseline: it takes the digits as they are
    };

    explicit ModelTree(QWidget *parent = nullptr);

    void fill(); // once, after setupUi has given the tree its columns
    void retranslate();
    // The first call counts every registry model's parameters on the pool (it builds each network once).
    void countParameters(QThreadPool *pool);
    void setCounts(const QString &model, qint64 total, qint64 headPhase);
    // Marks a backbone whose ImageNet weights are at hand ("ImageNet ✓" after its name, the entry in the tooltip);
    // an empty entry clears the mark.
    void setImageNetWeights(const QString &model, const QString &entry, const QString &status);
    bool hasImageNetMark(const QString &model) const;

    QStringList models() const; // every row's model, top to bottom
    QList<Choice> checked() const;
    QStringList checkedModels() const;
    bool isChecked(const QString &model) const;
    QString title(const QString &model) const;
    bool setChecked(const QString &model, bool checked); // false for a model the tree does not list
    // A backbone's input size as given (a baseline keeps its own); the editor never goes below minimumInputSize().
    void setInputSize(const QString &model, int size);
    int minimumInputSize(const QString &model) const;
    void setCurrentModel(const QString &model);
    QString currentDescription() const; // rich text on the current row's model, or empty

private:
    QTreeWidgetItem *item(const QString &model) const;
    void showTitle(QTreeWidgetItem *row, const QString &title); // the model's name, and the ImageNet mark if any
    QList<QTreeWidgetItem *> rows() const; // each group, then its models

    bool m_countsRequested = false;
};

} // namespace mw::app
