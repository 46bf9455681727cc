#pragma once
// What the production-line tests share: a synthetic class (64 px), a memory bank built on
// its good images with the random hiera_mini + dinov2_mini backbones, and a review band in
// the middle of its test images' scores, so pass, review and fail all occur.

#include <QString>
#include <QStringList>

struct LineFixture
{
    QString bankPath;
    QString modelsDir;
    QStringList images; // test images of the class (good and defective), absolute
};

// Writes everything under `dir`. Throws nexvitad::Error.
LineFixture makeLineFixture(const QString &dir);
