// Settings dialog: values round-trip through the settings; the weights page lists every
// known model and rejects a checkpoint of the wrong architecture with a message naming it.

#include "settings/settings_dialog.h"
#include "settings/weights_page.h"
#include "widgets/untrained_banner.h"

#include "common/precision.h"
#include "common/runtime.h"
#include "common/settings.h"
#include "common/tensor_memory_pool.h"
#include "test_support.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTest>

using namespace nexvitad::ui;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_models;

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::isolateSettings();
        nexvitad::Settings().setModelsDirectory(m_models.path());
    }

    void savesValues()
    {
        SettingsDialog dialog;
        dialog.findChild<QComboBox *>(QStringLiteral("deviceCombo"))->setCurrentIndex(1); // cpu
        dialog.findChild<QSpinBox *>(QStringLiteral("threadsSpin"))->setValue(1);
        dialog.findChild<QSpinBox *>(QStringLiteral("tensorCacheSpin"))->setValue(96);
        auto *op = dialog.findChild<QLineEdit *>(QStringLiteral("operatorEdit"));
        op->clear();
        QTest::keyClicks(op, QStringLiteral("Line 4 QA"));
        dialog.accept();
        nexvitad::Settings s;
        QCOMPARE(s.device(), nexvitad::DeviceChoice::Cpu);
        QCOMPARE(s.threads(), 1);
        QCOMPARE(s.tensorCacheMiB(), 96);
        // Applied at once: the pool is LibTorch's allocator with the new limit.
        QCOMPARE(nexvitad::runtime::tensorMemoryPoolStats().cacheLimitBytes, int64_t(96) << 20);
        QCOMPARE(s.operatorName(), QStringLiteral("Line 4 QA"));
        QCOMPARE(s.modelsDirectory(), m_models.path());
        s.setThreads(0);
    }

    // Precision: stored and applied at once where the CPU runs bf16; elsewhere the bf16
    // item cannot be chosen and says why.
    void precisionIsOfferedOnlyWhereItRuns()
    {
        SettingsDialog dialog;
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("precisionCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("fp32")); // the default
        auto *model = qobject_cast<QStandardItemModel *>(combo->model());
        QVERIFY(model);
        const QString problem = nexvitad::runtime::cpuBf16Problem();
        if (!problem.isEmpty() && !nexvitad::runtime::cudaAvailable()) {
            QVERIFY(!model->item(1)->isEnabled());
            QCOMPARE(model->item(1)->toolTip(), problem);
            return;
        }
        QVERIFY(model->item(1)->isEnabled());
        combo->setCurrentIndex(1);
        dialog.accept();
        QCOMPARE(nexvitad::Settings().precision(), nexvitad::Precision::BFloat16);
        QCOMPARE(nexvitad::runtime::precision(), nexvitad::Precision::BFloat16);
        nexvitad::runtime::configurePrecision(nexvitad::Precision::Float32);
        nexvitad::Settings().setPrecision(nexvitad::Precision::Float32);
    }

    void weightsPageListsAndRejectsWrongArchitecture()
    {
        WeightsPage page;
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("weightsTable"));
        QVERIFY(table->rowCount() >= 12);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("missing"));
        // No weights at all: the page says that results will come from random backbones.
        QVERIFY(page.findChild<UntrainedBanner *>()->isVisibleTo(&page));

        QSignalSpy finished(&page, &WeightsPage::jobFinished);
        const QString fixture = testsupport::dataPath(QStringLiteral("fixtures/hiera_mini.safetensors"));
        QVERIFY(page.importFile(fixture, QStringLiteral("hiera_tiny_224.mae_in1k_ft_in1k")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(page.statusText().contains(QStringLiteral("hiera_mini.safetensors")),
                 qPrintable(page.statusText()));
        QVERIFY(!QFile::exists(m_models.filePath(
            QStringLiteral("hiera_tiny_224.mae_in1k_ft_in1k.safetensors"))));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "test_settings_dialog.moc"
