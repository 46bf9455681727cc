#include "infer/image_input_torch.h"

#include "data/image_batch_torch.h"
#include "data/image_decode.h"

#include <QFile>

namespace nexvitad::infer {

InputImage inputFromRgb(const cv::Mat &rgb8, int size)
{
    const cv::Mat resized = data::resizeImage(rgb8, size);
    return InputImage{data::imageToTensor(resized), rgb8.size(), resized};
}

InputImage loadInputImage(const QString &path, int size)
{
    return inputFromRgb(data::readImageRgb8(QFile::encodeName(path).toStdString()), size);
}

} // namespace nexvitad::infer
