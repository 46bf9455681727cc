#pragma once
// Explanations by retrieval for the review viewer, computed off the GUI thread: a request
// runs in a Job that either renders a stored explanation (the project's JSON: only the
// bank file's images are read, nothing is recomputed) or asks an Inspector for a new one
// (infer::Inspector::explainFile) and renders it. The Inspector is loaded once per bank
// and kept for the next clicks; only one job uses it at a time (requests made meanwhile
// wait, and only the latest of them runs).

#include <QImage>
#include <QJsonObject>
#include <QObject>
#include <QRect>
#include <QString>

#include <memory>
#include <optional>

namespace nexvitad::ui {

class Job;

struct ExplanationRequest
{
    QString bankPath;
    QString imagePath;
    QRect mapRegion;    // in S x S map coordinates (ignored for a stored explanation)
    QJsonObject stored; // a stored explanation to show; empty: compute one
};

class Explainer : public QObject
{
    Q_OBJECT
public:
    explicit Explainer(QObject *parent = nullptr);
    ~Explainer() override;

    void request(const ExplanationRequest &request);
    // Another image is shown: the waiting request is dropped and the running one's result
    // will not be reported.
    void forget();
    bool isBusy() const { return m_job != nullptr; }

Q_SIGNALS:
    void started();
    // The side-by-side picture (render/explanation_picture.h) and a one-line summary.
    void ready(const QImage &picture, const QString &summary);
    // The bank cannot explain (an old bank file): the reason, for people.
    void unavailable(const QString &note);
    void failed(const QString &message);

private:
    struct Slot;
    void start(const ExplanationRequest &request);

    std::shared_ptr<Slot> m_slot; // the kept Inspector; touched by one job at a time
    Job *m_job = nullptr;
    std::optional<ExplanationRequest> m_pending;
    quint64 m_serial = 0; // of the latest request; older results are dropped
};

} // namespace nexvitad::ui
