#pragma once
// The data the inference benches run on: a fresh one-class synthetic dataset in a folder
// the bench owns, and a bank request for an untrained encoder (speed and resource use do
// not depend on the weights' values). Shared by bench inspect, watch and soak.

#include "data/manifest.h"
#include "infer/bank_builder.h"

#include <QString>
#include <QStringList>

struct BenchClass
{
    nexvitad::data::Manifest manifest;
    QStringList goodImages; // train/good, chosen for a bank
    QStringList testImages; // test/*, good and defective
    QStringList allImages;  // every image, train and test
};

// Writes the class (10 train/good, 4 test/good, 2 defective per defect type, `size` px) to
// `folder`/data and scans it. `goodCount` train/good images are chosen for a bank.
BenchClass writeBenchClass(const QString &folder, int size, int goodCount = 10);

// A bank of `benchClass`'s good images with the given backbone specs (default: seeded
// random hiera_tiny_224 and vit_small_patch14_dinov2) at `size` px, K = 30, Sinkhorn K-means.
nexvitad::infer::BankBuildRequest benchBankRequest(
    const BenchClass &benchClass, int size,
    const QString &hieraSpec = QStringLiteral("random:hiera_tiny_224"),
    const QString &dinoSpec = QStringLiteral("random:vit_small_patch14_dinov2"));
