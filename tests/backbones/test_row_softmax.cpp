// softmaxRows (row_softmax.cpp, the attention's softmax) against torch::softmax: widths
// with every remainder of the 8-lane vectors (1, 7, 8, 49, 196, 257), rows apart by more
// than their width (the padding after each row must stay untouched), large scores (no
// overflow), a row whose maximum sits in the masked tail, and a scale (the attention's
// 1 / sqrt(head dim)) applied inside.
#include "backbones/row_softmax.h"

#include <QtTest>
#include <torch/torch.h>

using namespace nexvitad::backbones;

class TestRowSoftmax : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesTorch_data()
    {
        QTest::addColumn<int>("cols");
        QTest::addColumn<float>("spread");
        QTest::addColumn<float>("scale");
        for (int cols : {1, 7, 8, 49, 196, 257})
            QTest::addRow("%d columns", cols) << cols << 4.0f << 1.0f;
        QTest::newRow("large scores") << 257 << 300.0f << 1.0f;
        QTest::newRow("scaled, 49 columns") << 49 << 4.0f << 0.125f;
        QTest::newRow("scaled, large scores") << 257 << 300.0f << 0.102f;
    }

    void matchesTorch()
    {
        QFETCH(int, cols);
        QFETCH(float, spread);
        QFETCH(float, scale);
        const int64_t rows = 13, ld = cols + 5;
        torch::manual_seed(cols);
        torch::Tensor storage = torch::randn({rows, ld}) * spread;
        storage[3][cols - 1] = 50.0f * spread; // the maximum in the last column
        const torch::Tensor scores = storage.narrow(1, 0, cols);
        const torch::Tensor expected = torch::softmax(scores * scale, 1);
        const torch::Tensor padding = storage.narrow(1, cols, ld - cols).clone();
        softmaxRows(storage.data_ptr<float>(), rows, cols, ld, scale);
        const double err = (scores - expected).abs().max().item<double>();
        QVERIFY2(err < 1e-6, qPrintable(QString::number(err)));
        QVERIFY(torch::equal(storage.narrow(1, cols, ld - cols), padding));
        QVERIFY((scores.sum(1) - 1).abs().max().item<double>() < 1e-5);
    }
};

QTEST_GUILESS_MAIN(TestRowSoftmax)
#include "test_row_softmax.moc"
