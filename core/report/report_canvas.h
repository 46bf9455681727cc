#pragma once
// Where report pages go: the PDF writer or images for the GUI's preview. The document
// code paints through this, so both show exactly the same pages.

#include <QRectF>

class QPainter;

namespace nexvitad::report {

class PageCanvas
{
public:
    virtual ~PageCanvas() = default;
    // Valid from construction; painting goes to the current page.
    virtual QPainter &painter() = 0;
    // The whole page in device units (dpi() per inch).
    virtual QRectF pageRect() const = 0;
    virtual double dpi() const = 0;
    // Ends the current page and starts the next. Returns false when the canvas wants no
    // more pages (a preview of the first few).
    virtual bool newPage() = 0;
};

} // namespace nexvitad::report
