#include "infer/image_input_torch.h"

#include "data/image_batch_torch.h"
#include "data/image_decode.h"

#include <QFile>

namespace nexvitad::infer {

InputImage inputFromRgb(const cv::Mat &rgb8, int size)
{
    return InputImage{data::imageToTensor(data::resizeImage(rgb8, size)), rgb8.size()};
}

InputImage loadInputImage(const QString &path, int size)
{
    return inputFromRgb(data::readImageRgb8(QFile::encodeName(path).toStdString()), size);
}

} // namespace nexvitad::infer
