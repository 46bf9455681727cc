#include "explainer.h"

#include "job.h"

#include "common/error.h"
#include "common/runtime.h"
#include "common/settings.h"
#include "infer/bank_views.h"
#include "infer/inspector.h"
#include "render/explanation_picture.h"

namespace nexvitad::ui {

namespace {

constexpr int kTile = 150;
constexpr int kNeighbours = 3;

struct Outcome
{
    QImage picture;
    QString summary;
    QString note; // non-empty: the bank cannot explain
};

QString summaryOf(const nexvitad::infer::Explanation &e)
{
    for (const auto &layer : e.layers)
        if (!layer.matches.empty())
            return Explainer::tr("Nearest normal patch (layer %1): %2, distance %3")
                .arg(layer.stage)
                .arg(layer.matches.front().name)
                .arg(layer.matches.front().distance, 0, 'g', 4);
    return Explainer::tr("The region lies outside the image.");
}

QImage pictureOf(const nexvitad::infer::Explanation &e, const QString &imagePath,
                 const std::vector<cv::Mat> &bankViews)
{
    using namespace nexvitad;
    render::ExplanationStyle style;
    style.maxMatches = kNeighbours;
    const render::ExplanationImages images = render::explanationImages(
        e, infer::encoderView(imagePath, e.imageSize), bankViews);
    return render::explanationPicture(e, images, (1 + kNeighbours) * kTile, style);
}

} // namespace

} // namespace nexvitad::ui

Q_DECLARE_METATYPE(std::shared_ptr<nexvitad::ui::Outcome>)

namespace nexvitad::ui {

struct Explainer::Slot
{
    QString bankPath;
    std::unique_ptr<nexvitad::infer::Inspector> inspector;
};

Explainer::Explainer(QObject *parent) : QObject(parent), m_slot(std::make_shared<Slot>()) {}

Explainer::~Explainer()
{
    delete m_job; // waits for the worker, which uses m_slot's Inspector
}

void Explainer::forget()
{
    ++m_serial;
    m_pending.reset();
}

void Explainer::request(const ExplanationRequest &request)
{
    ++m_serial;
    if (m_job) {
        m_pending = request; // only the latest waiting request matters
        return;
    }
    start(request);
}

void Explainer::start(const ExplanationRequest &request)
{
    using namespace nexvitad;
    const Settings settings;
    const QString modelsDir = settings.modelsDirectory();
    const DeviceChoice device = settings.device();
    const std::shared_ptr<Slot> slot = m_slot;
    m_job = new Job(tr("Explain"), [=](Progress &) {
        auto outcome = std::make_shared<Outcome>();
        if (!request.stored.isEmpty()) {
            // Stored: no encoder, only the bank file's images.
            const infer::Explanation e =
                infer::Explanation::fromJson(request.stored, request.bankPath);
            const infer::BankViews views = infer::readBankViews(request.bankPath);
            if (!views.available()) {
                outcome->note = views.unavailableReason;
                return QVariant::fromValue(outcome);
            }
            outcome->picture = pictureOf(e, request.imagePath, views.images);
            outcome->summary = summaryOf(e);
            return QVariant::fromValue(outcome);
        }
        if (!slot->inspector || slot->bankPath != request.bankPath) {
            slot->inspector.reset();
            infer::InspectorOptions options;
            options.modelsDir = modelsDir;
            options.device = runtime::resolveDevice(device);
            slot->inspector = std::make_unique<infer::Inspector>(request.bankPath, options);
            slot->bankPath = request.bankPath;
        }
        infer::Inspector &inspector = *slot->inspector;
        if (!inspector.bank().canExplain()) {
            outcome->note = inspector.bank().explainUnavailableReason();
            return QVariant::fromValue(outcome);
        }
        const infer::Explanation e =
            inspector.explainFile(request.imagePath, request.mapRegion, kNeighbours);
        outcome->picture = pictureOf(e, request.imagePath, infer::viewsOf(inspector.bank()));
        outcome->summary = summaryOf(e);
        return QVariant::fromValue(outcome);
    }, this);
    const quint64 serial = m_serial;
    connect(m_job, &Job::succeeded, this, [this, serial](const QVariant &result) {
        if (serial != m_serial)
            return; // asked for another image or region meanwhile
        const auto outcome = result.value<std::shared_ptr<Outcome>>();
        if (!outcome->note.isEmpty())
            Q_EMIT unavailable(outcome->note);
        else
            Q_EMIT ready(outcome->picture, outcome->summary);
    });
    connect(m_job, &Job::failed, this, [this, serial](const QString &message, const QString &path) {
        if (serial != m_serial)
            return;
        Q_EMIT failed(failureText(message, path));
    });
    connect(m_job, &Job::finished, this, [this] {
        m_job->deleteLater();
        m_job = nullptr;
        if (m_pending) {
            const ExplanationRequest next = *m_pending;
            m_pending.reset();
            start(next);
        }
    });
    Q_EMIT started();
    m_job->start();
}

} // namespace nexvitad::ui
