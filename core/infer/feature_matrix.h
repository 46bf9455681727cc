#pragma once
// A plain row-major float matrix (rows = patches, cols = channels): how patch features
// and prototypes cross public headers without LibTorch types.

#include <QtGlobal>
#include <vector>

namespace nexvitad::infer {

struct FeatureMatrix
{
    qint64 rows = 0;
    qint64 cols = 0;
    std::vector<float> values; // rows * cols, row-major

    FeatureMatrix() = default;
    FeatureMatrix(qint64 r, qint64 c) : rows(r), cols(c), values(size_t(r * c), 0.0f) {}

    const float *row(qint64 i) const { return values.data() + i * cols; }
    float *row(qint64 i) { return values.data() + i * cols; }
    bool isEmpty() const { return rows == 0; }
    bool operator==(const FeatureMatrix &) const = default;
};

} // namespace nexvitad::infer
