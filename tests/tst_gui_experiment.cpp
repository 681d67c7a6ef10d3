// The Experiment page's settings, offscreen: the two phases are one PhaseSettings widget twice, with the engine's
// optimizer table; a problem marks the input of the setting it is about, from the setting's key (never from the
// message, so in any language); and the page's state survives a restart with the engine's JSON kept as text.
#include "guisupport.h"
#include "jobs/runqueue.h"
#include "pages/experimentpage.h"
#include "testsupport.h"
#include "training/config.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTreeWidget>

using namespace mw::app;
using mw::test::child;

namespace {

QString labelText(QObject *parent, const char *name) { return child<QLabel>(parent, name)->text(); }

} // namespace

class TstGuiExperiment : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dataset; // a small custom dataset: 6,000 train + 50 test digits
    mw::test::WrappingTranslator m_translator;
    QThreadPool m_pool;

    void switchTo(bool wrappedLanguage)
    {
        if (wrappedLanguage)
            QVERIFY(QCoreApplication::installTranslator(&m_translator));
        else
            QVERIFY(QCoreApplication::removeTranslator(&m_translator));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dataset = mw::test::usePageFixture(m_dir);
    }

    void cleanup()
    {
        QCoreApplication::removeTranslator(&m_translator); // a failed test leaves English for the next
        m_pool.waitForDone();
    }

    void experimentStateRoundTrip()
    {
        RunQueue queue(&m_pool);
        ExperimentPage first(&m_pool, &queue);
        first.setDatasetFolder(m_dataset, QStringLiteral("mine"));
        QVERIFY(first.setModelChecked(QStringLiteral("dense32"), true));
        QVERIFY(first.setModelChecked(QStringLiteral("resnet18"), true));
        auto *tree = child<QTreeWidget>(&first, "modelTree");
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            if ((*it)->data(0, Qt::UserRole).toString() == QLatin1String("resnet18"))
                (*it)->setData(1, Qt::EditRole, 64);
        child<QSpinBox>(&first, "headEpochsSpin")->setValue(7);
        child<QSpinBox>(&first, "finetuneEpochsSpin")->setValue(2);
        child<QSpinBox>(&first, "batchSizeSpin")->setValue(64);
        child<QSpinBox>(&first, "seedSpin")->setValue(42);
        child<QComboBox>(&first, "splitCombo")->setCurrentIndex(1);
        child<QComboBox>(&first, "finetuneOptimizerCombo")->setCurrentIndex(1);
        child<QLineEdit>(&first, "headLrEdit")->setText(QStringLiteral("3e-3"));
        child<QLineEdit>(&first, "finetuneLrEdit")->setText(QStringLiteral("2e-5"));
        child<QCheckBox>(&first, "augmentCheck")->setChecked(true);
        QString problem;
        const auto wanted = first.configs(&problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(wanted.size(), std::size_t(2));
        const QJsonObject state = first.saveState();
        QCOMPARE(state.value(QStringLiteral("models")).toArray().size(), 2);
        QCOMPARE(state.value(QStringLiteral("input_sizes")).toObject().value(QStringLiteral("resnet18")).toInt(), 64);
        // The settings are the engine's JSON text as it wrote it, for the engine to read back.
        QVERIFY(state.value(QStringLiteral("settings")).isString());
        const auto savedSettings = nlohmann::json::parse(state.value(QStringLiteral("settings")).toString().toStdString());
        QCOMPARE(savedSettings.dump(), mw::core::toJson(mw::core::runConfigFromJson(savedSettings)).dump());
        QCOMPARE(savedSettings.at("head").at("learning_rate").get<double>(), 3e-3);
        // It survives being written out, as settings files do.
        const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(state).toJson()).object();

        ExperimentPage second(&m_pool, &queue);
        second.setDatasetFolder(m_dataset, QStringLiteral("mine"));
        second.restoreState(reread);
        QCOMPARE(second.checkedModels(), first.checkedModels());
        QCOMPARE(child<QSpinBox>(&second, "headEpochsSpin")->value(), 7);
        QCOMPARE(child<QSpinBox>(&second, "batchSizeSpin")->value(), 64);
        QCOMPARE(child<QComboBox>(&second, "splitCombo")->currentIndex(), 1);
        QCOMPARE(child<QLineEdit>(&second, "headLrEdit")->text(), QStringLiteral("0.003"));
        QVERIFY(child<QCheckBox>(&second, "augmentCheck")->isChecked());
        const auto restored = second.configs(&problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(restored.size(), wanted.size());
        for (std::size_t i = 0; i < wanted.size(); ++i)
            QCOMPARE(QString::fromStdString(mw::core::toJson(restored[i]).dump()),
                     QString::fromStdString(mw::core::toJson(wanted[i]).dump()));
        QCOMPARE(second.saveState(), state);

        // A recipe's name comes back with it; the page shows its description without applying it again.
        if (first.recipes().size() > 0) {
            auto *recipes = child<QComboBox>(&first, "recipeCombo");
            recipes->setCurrentIndex(1);
            const QJsonObject withRecipe = first.saveState();
            QCOMPARE(withRecipe.value(QStringLiteral("recipe")).toString(), QString::fromStdString(first.recipes()[0].name));
            ExperimentPage third(&m_pool, &queue);
            third.setDatasetFolder(QString::fromStdString(
                nlohmann::json::parse(withRecipe.value(QStringLiteral("settings")).toString().toStdString())
                    .at("dataset")
                    .get<std::string>()));
            third.restoreState(withRecipe);
            QCOMPARE(child<QComboBox>(&third, "recipeCombo")->currentIndex(), 1);
            QVERIFY(!labelText(&third, "recipeDescriptionLabel").isEmpty());
            QCOMPARE(third.saveState(), withRecipe);
        }

        // Old or damaged state: unknown models are skipped, unreadable settings leave the page's own, a weights file
        // that is gone leaves random init.
        ExperimentPage fourth(&m_pool, &queue);
        const int batch = child<QSpinBox>(&fourth, "batchSizeSpin")->value();
        QJsonObject bad = state;
        auto settings = nlohmann::json::parse(state.value(QStringLiteral("settings")).toString().toStdString());
        settings["batch_size"] = "big";
        bad.insert(QStringLiteral("settings"), QString::fromStdString(settings.dump()));
        bad.insert(QStringLiteral("models"), QJsonArray{QStringLiteral("nosuchmodel"), QStringLiteral("dense32")});
        fourth.restoreState(bad);
        QCOMPARE(fourth.checkedModels(), QStringList{QStringLiteral("dense32")});
        QCOMPARE(child<QSpinBox>(&fourth, "batchSizeSpin")->value(), batch);
        fourth.restoreState(QJsonObject{{QStringLiteral("settings"), QStringLiteral("not JSON")}});
        QCOMPARE(child<QSpinBox>(&fourth, "batchSizeSpin")->value(), batch);
        fourth.restoreState(QJsonObject{{QStringLiteral("settings"), QJsonObject{{QStringLiteral("batch_size"), 3}}}});
        QCOMPARE(child<QSpinBox>(&fourth, "batchSizeSpin")->value(), batch);

        settings = nlohmann::json::parse(state.value(QStringLiteral("settings")).toString().toStdString());
        settings["weights"] = m_dir.filePath(QStringLiteral("gone.pth")).toStdString();
        QJsonObject goneWeights = state;
        goneWeights.insert(QStringLiteral("settings"), QString::fromStdString(settings.dump()));
        fourth.restoreState(goneWeights);
        QCOMPARE(child<QComboBox>(&fourth, "weightsCombo")->currentIndex(), 0);
        QCOMPARE(child<QSpinBox>(&fourth, "headEpochsSpin")->value(), 7);
    }

    // The page points at the input a problem is about from the setting's key (the engine's UsageError::key(), or
    // the page's own), never from the message: so it still does in another language.
    void experimentHighlightsTheSettingInAnyLanguage()
    {
        RunQueue queue(&m_pool);
        ExperimentPage page(&m_pool, &queue);
        page.setDatasetFolder(m_dataset, QStringLiteral("mine"));
        QVERIFY(page.setModelChecked(QStringLiteral("dense32"), true));
        QVERIFY(page.setModelChecked(QStringLiteral("resnet18"), true)); // a backbone: its head takes headLr
        QVERIFY2(page.problem().isEmpty(), qPrintable(page.problem()));
        auto *headLr = child<QLineEdit>(&page, "headLrEdit");
        auto *scratchLr = child<QLineEdit>(&page, "scratchLrEdit");
        auto *finetuneLr = child<QLineEdit>(&page, "finetuneLrEdit");
        auto *weights = child<QLineEdit>(&page, "weightsEdit");
        auto *script = child<QLineEdit>(&page, "scriptEdit");
        const QList<QWidget *> inputs = {headLr, scratchLr, finetuneLr, weights, script, child<QSpinBox>(&page, "batchSizeSpin"),
                                         child<QSpinBox>(&page, "headEpochsSpin")};
        auto marked = [&] {
            QList<QWidget *> out;
            for (QWidget *w : inputs)
                if (!w->styleSheet().isEmpty())
                    out << w;
            return out;
        };

        for (const bool wrappedLanguage : {false, true}) {
            if (wrappedLanguage) // every message now reads «…», and the page still finds the input
                switchTo(true);
            headLr->setText(QStringLiteral("fast")); // the page's own check
            QVERIFY(!page.problem().isEmpty());
            QCOMPARE(marked(), QList<QWidget *>{headLr});
            headLr->setText(QStringLiteral("0")); // the engine's: setting "head.learning_rate"
            QVERIFY2(page.problem().contains(QStringLiteral("head.learning_rate")), qPrintable(page.problem()));
            QCOMPARE(marked(), QList<QWidget *>{headLr});
            headLr->setText(QStringLiteral("1e-3"));
            QVERIFY2(page.problem().isEmpty(), qPrintable(page.problem()));
            QVERIFY(marked().isEmpty());

            scratchLr->setText(QStringLiteral("fast")); // the page's own check, about the baseline's rate
            QCOMPARE(marked(), QList<QWidget *>{scratchLr});
            scratchLr->setText(QStringLiteral("0")); // the engine's "head.learning_rate" of dense32: still this input
            QVERIFY2(page.problem().contains(QStringLiteral("head.learning_rate")), qPrintable(page.problem()));
            QCOMPARE(marked(), QList<QWidget *>{scratchLr});
            scratchLr->setText(QStringLiteral("1e-3"));
            QVERIFY(marked().isEmpty());

            finetuneLr->setText(QString()); // empty: the page's words, the fine-tune phase's input
            QCOMPARE(marked(), QList<QWidget *>{finetuneLr});
            finetuneLr->setText(QStringLiteral("-1e-5")); // the engine's: setting "finetune.learning_rate"
            QVERIFY2(page.problem().contains(QStringLiteral("finetune.learning_rate")), qPrintable(page.problem()));
            QCOMPARE(marked(), QList<QWidget *>{finetuneLr});
            finetuneLr->setText(QStringLiteral("1e-6"));

            child<QComboBox>(&page, "weightsCombo")->setCurrentIndex(1);
            weights->setText(m_dir.filePath(QStringLiteral("nothing-here.pth")));
            QCOMPARE(marked(), QList<QWidget *>{weights});
            child<QComboBox>(&page, "weightsCombo")->setCurrentIndex(0);
            QVERIFY(marked().isEmpty());

            QVERIFY(page.setModelChecked(QStringLiteral("torchscript"), true)); // and no file chosen for it
            QVERIFY(!page.problem().isEmpty());
            QCOMPARE(marked(), QList<QWidget *>{script});
            QVERIFY(page.setModelChecked(QStringLiteral("torchscript"), false));
            QVERIFY2(page.problem().isEmpty(), qPrintable(page.problem()));
            QVERIFY(marked().isEmpty());
        }
    }

    // The two phases are one widget twice: each reads and shows its own phase, with the engine's optimizers.
    void phaseSettingsAreTheirOwnPhase()
    {
        RunQueue queue(&m_pool);
        ExperimentPage page(&m_pool, &queue);
        page.setDatasetFolder(m_dataset, QStringLiteral("mine"));
        QVERIFY(page.setModelChecked(QStringLiteral("resnet18"), true));
        auto *headOptimizer = child<QComboBox>(&page, "headOptimizerCombo");
        auto *finetuneOptimizer = child<QComboBox>(&page, "finetuneOptimizerCombo");
        QCOMPARE(headOptimizer->count(), int(mw::core::optimizerNames().size()));
        for (int i = 0; i < headOptimizer->count(); ++i) {
            QCOMPARE(headOptimizer->itemText(i), QString::fromLatin1(mw::core::optimizerNames()[std::size_t(i)].displayName));
            QCOMPARE(finetuneOptimizer->itemData(i).toString(), QString::fromLatin1(mw::core::optimizerNames()[std::size_t(i)].name));
        }
        QCOMPARE(child<QSpinBox>(&page, "finetuneEpochsSpin")->minimum(), 0); // fine-tuning can be skipped
        QCOMPARE(child<QSpinBox>(&page, "headEpochsSpin")->minimum(), 1);
        auto *momentum = child<QDoubleSpinBox>(&page, "finetuneMomentumSpin");
        auto *nesterov = child<QCheckBox>(&page, "finetuneNesterovCheck");
        QVERIFY(!momentum->isEnabled()); // Adam has its own
        finetuneOptimizer->setCurrentIndex(finetuneOptimizer->findData(QStringLiteral("rmsprop")));
        momentum->setValue(0.5);
        QVERIFY(momentum->isEnabled());
        QVERIFY(!nesterov->isEnabled()); // SGD's only
        momentum->setValue(0);
        finetuneOptimizer->setCurrentIndex(finetuneOptimizer->findData(QStringLiteral("sgd")));
        QVERIFY(momentum->isEnabled());
        QVERIFY(!nesterov->isEnabled()); // needs a momentum above 0
        momentum->setValue(0.9);
        nesterov->setChecked(true);
        child<QSpinBox>(&page, "frozenLayersSpin")->setValue(3);
        child<QSpinBox>(&page, "headBatchSpin")->setValue(256);
        QString problem;
        const auto runs = page.configs(&problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(runs.size(), std::size_t(1));
        QVERIFY(runs[0].finetune.optimizer == mw::core::OptimizerKind::Sgd);
        QCOMPARE(runs[0].finetune.momentum, 0.9);
        QVERIFY(runs[0].finetune.nesterov);
        QVERIFY(runs[0].head.optimizer == mw::core::OptimizerKind::Adam);
        QCOMPARE(runs[0].head.momentum, 0.0);
        QCOMPARE(runs[0].head.batchSize, 256);
        QCOMPARE(runs[0].finetune.batchSize, 0);
        QCOMPARE(runs[0].frozenLayers, 3);
        QCOMPARE(runs[0].finetune.learningRate, 1e-6);
        // The frozen layers sit in the fine-tune phase's form, above its batch size.
        QVERIFY(child<QWidget>(&page, "finetunePhase")->isAncestorOf(child<QSpinBox>(&page, "frozenLayersSpin")));
    }
};

QTEST_MAIN(TstGuiExperiment)
#include "tst_gui_experiment.moc"
