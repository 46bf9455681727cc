#pragma once
// Training wizard: pick source and target classes (checkboxes, or a paper split 11/1 ...
// 8/4 drawn from a seed), a preset and the advanced settings (tooltips quote method.md),
// then a summary with an estimated time measured on this machine. Produces a
// TrainingLaunch for the TrainingMonitor.

#include "training_monitor.h"

#include "data/manifest.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace nexvitad::ui {

class TrainingSettingsForm;

class TrainingWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { Classes, Settings, Summary };

    TrainingWizard(const nexvitad::data::Manifest &manifest, const QString &runDir,
                   QWidget *parent = nullptr);

    // Valid after the wizard was accepted (and for tests, after each page was filled).
    TrainingLaunch launch() const;
    QStringList sourceClasses() const;
    QStringList targetClasses() const;
    // Sets the class checkboxes from a paper split such as "3/1" drawn with `seed`.
    void drawSplit(const QString &spec, quint64 seed);

private:
    friend class TrainingSummaryPage;
    nexvitad::data::Manifest m_manifest;
    QString m_runDir;
    QTableWidget *m_classes = nullptr;
    QLabel *m_classProblem = nullptr;
    TrainingSettingsForm *m_settings = nullptr;
};

} // namespace nexvitad::ui
