#pragma once
// The bank images as the encoder saw them (S x S RGB), kept in the bank file so that an
// explanation by retrieval can show which normal patch an inspected region is closest to
// (patch_retrieval.h). One U8 tensor "explain.images", M x S x S x 3, images in bank order.
// About 150 kB per image at 224 px, small next to the image's features (MBs).
//
// Banks saved before explanations existed have no such tensor: they still load, with
// explanations off (MemoryBank::canExplain()).

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <opencv2/core/mat.hpp>
#include <vector>

namespace nexvitad::io {
class SafeTensorsFile;
}

namespace nexvitad::infer {

class MemoryBank;

inline constexpr const char *kBankViewsTensor = "explain.images";

// What a report or a stored explanation needs of a bank file, without its features.
struct BankViews
{
    QStringList names;           // per bank image, bank order
    QStringList sha256;          // per bank image
    std::vector<cv::Mat> images; // S x S CV_8UC3 RGB; empty when the file has none
    QString unavailableReason;   // translated; empty when `images` is filled

    bool available() const { return !images.empty(); }
};

// Reads only the description and the views of a bank file (not the features: cheap). Throws
// nexvitad::Error naming the file when it is not a memory bank or is malformed; a bank
// without views gives no images and the reason. With `wanted` (bank indices) only those
// views are copied out of the mapped file; the others stay empty matrices.
BankViews readBankViews(const QString &bankPath, const std::vector<int> &wanted = {});

// The views of a bank in memory (shallow copies), bank order; empty when it cannot explain.
std::vector<cv::Mat> viewsOf(const MemoryBank &bank);

// An image file as the encoder saw it (decoded by the data layer's rules, resized to
// `size` x `size`): the query side of a stored explanation. nexvitad::Error naming the file.
cv::Mat encoderView(const QString &imagePath, int size);

// The bank file's own reading and writing of the tensor (memory_bank_file.cpp).
// `count` images of `size` x `size` (only `wanted` ones when given); empty when the file has
// no views; nexvitad::Error naming the file when the tensor has another shape.
std::vector<cv::Mat> readViewsTensor(const io::SafeTensorsFile &file, qint64 count, int size,
                                     const std::vector<int> &wanted = {});
// All views packed in bank order (M x S x S x 3); empty when the bank cannot explain.
std::vector<quint8> packViews(const MemoryBank &bank);

} // namespace nexvitad::infer
