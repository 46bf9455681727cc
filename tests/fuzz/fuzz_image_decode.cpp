// Image decoding (data/image_decode.h): what training, inference and the line watcher call
// on a user's image file (OpenCV's imread, then our conversion to 8-bit RGB and to a binary
// mask). The API takes a path, so the input is written to a file first.
#include "data/image_decode.h"
#include "fuzz_support.h"

#include <QFile>

using namespace nexvitad;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string path = QFile::encodeName(fuzz::writeInputFile(data, size)).toStdString();
    fuzz::refusedOrParsed([&] {
        const cv::Mat rgb = data::readImageRgb8(path);
        fuzz::require(rgb.type() == CV_8UC3 && !rgb.empty(), "an image decodes to 8-bit RGB");
        const cv::Mat small = data::resizeImage(rgb, 16);
        fuzz::require(small.rows == 16 && small.cols == 16, "resized to the square size");
    });
    fuzz::refusedOrParsed([&] {
        const cv::Mat mask = data::readMaskBinary(path);
        fuzz::require(mask.type() == CV_8UC1, "a mask decodes to one 8-bit channel");
        double lo = 0, hi = 0;
        cv::minMaxLoc(mask, &lo, &hi);
        fuzz::require(lo >= 0 && hi <= 1, "a mask holds 0 and 1 only");
    });
    return 0;
}
