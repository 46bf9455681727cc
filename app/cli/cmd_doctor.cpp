// nexvitad-cli doctor: can this machine run the engine, and how fast?

#include "cli_command.h"
#include "cli_output.h"

#include "backbones/model_registry.h"
#include "common/error.h"
#include "common/precision.h"
#include "common/runtime.h"
#include "common/settings.h"
#include "nexvitad/version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {
struct Doctor
{
    Q_DECLARE_TR_FUNCTIONS(Doctor)
};

// The models directory is usable when it exists and is writable, or can be created.
bool modelsDirectoryUsable(const QString &path, QString *why)
{
    QFileInfo info(path);
    if (info.exists()) {
        if (!info.isDir()) {
            *why = Doctor::tr("%1 exists but is not a folder").arg(path);
            return false;
        }
        if (!info.isWritable()) {
            *why = Doctor::tr("%1 is not writable").arg(path);
            return false;
        }
        return true;
    }
    QString parent = info.absolutePath();
    while (!QFileInfo::exists(parent) && parent != QDir::rootPath())
        parent = QFileInfo(parent).absolutePath();
    if (!QFileInfo(parent).isWritable()) {
        *why = Doctor::tr("%1 does not exist and cannot be created (%2 is not writable)")
                   .arg(path, parent);
        return false;
    }
    return true;
}
} // namespace

int runDoctor(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Doctor::tr("Checks versions, devices, threads, BLAS speed and "
                                        "backbone weights. Exit code 0 when the engine can "
                                        "run here. Takes no --project: it looks at this "
                                        "machine, not at a project, and changes nothing."));
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;

    return guarded([&] {
        nexvitad::Settings settings;
        QStringList problems;
        out() << Doctor::tr("NexViTAD Workstation %1").arg(QStringLiteral(NEXVITAD_VERSION)) << "\n";
        out() << Doctor::tr("Qt:           %1").arg(nexvitad::runtime::qtVersion()) << "\n";
        out() << Doctor::tr("LibTorch:     %1").arg(nexvitad::runtime::torchVersion()) << "\n";
        out() << Doctor::tr("OpenCV:       %1").arg(nexvitad::runtime::opencvVersion()) << "\n";
#ifdef NEXVITAD_QCUSTOMPLOT_VERSION
        out() << Doctor::tr("QCustomPlot:  %1").arg(QStringLiteral(NEXVITAD_QCUSTOMPLOT_VERSION)) << "\n";
#else
        out() << Doctor::tr("QCustomPlot:  not built (UI off)") << "\n";
#endif
        const bool cuda = nexvitad::runtime::cudaAvailable();
        out() << Doctor::tr("CUDA:         %1")
                     .arg(cuda ? Doctor::tr("yes, %1 device(s)").arg(nexvitad::runtime::cudaDeviceCount())
                               : Doctor::tr("no (CPU only)"))
              << "\n";
        out() << Doctor::tr("Device:       %1 (setting: %2)")
                     .arg([&] {
                              try {
                                  return nexvitad::runtime::resolveDevice(settings.device());
                              } catch (const nexvitad::Error &e) {
                                  problems << e.message();
                                  return Doctor::tr("unavailable");
                              }
                          }(),
                          nexvitad::deviceChoiceName(settings.device()))
              << "\n";
        out() << Doctor::tr("Threads:      %1 of %2 cores (setting: %3)")
                     .arg(nexvitad::runtime::threadCount())
                     .arg(nexvitad::runtime::coreCount())
                     .arg(settings.threads() == 0 ? Doctor::tr("all cores")
                                                  : QString::number(settings.threads()))
              << "\n";
        const QString bf16Problem = nexvitad::runtime::cpuBf16Problem();
        out() << Doctor::tr("Precision:    %1 (CPU bf16: %2)")
                     .arg(nexvitad::precisionName(nexvitad::runtime::precision()),
                          bf16Problem.isEmpty() ? Doctor::tr("yes, AVX512_BF16") : bf16Problem)
              << "\n";
        out().flush();
        const nexvitad::runtime::BlasCheck blas = nexvitad::runtime::checkBlas();
        out() << Doctor::tr("BLAS:         %1 GFLOP/s (sgemm %2x%2), %3")
                     .arg(blas.gflops, 0, 'f', 1)
                     .arg(blas.matrixSize)
                     .arg(blas.library.isEmpty() ? Doctor::tr("library unknown") : blas.library)
              << "\n";
        if (blas.looksReference)
            out() << Doctor::tr("warning: %1").arg(blas.warning) << "\n";

        const QString models = settings.modelsDirectory();
        QString why;
        const bool modelsOk = modelsDirectoryUsable(models, &why);
        if (!modelsOk)
            problems << why;
        out() << Doctor::tr("Models:       %1%2").arg(models, modelsOk ? QString() : Doctor::tr(" (unusable)"))
              << "\n";
        // Known models from the registry; present = the file exists and validates.
        int present = 0;
        for (const nexvitad::backbones::KnownModel &m : nexvitad::backbones::knownModels()) {
            const auto status = nexvitad::backbones::weightsStatus(m, models);
            present += status.valid ? 1 : 0;
            const QString state = status.valid ? Doctor::tr("present")
                : status.exists                ? Doctor::tr("invalid: %1").arg(status.problem)
                                               : Doctor::tr("missing");
            out() << Doctor::tr("Weights:      %1: %2").arg(m.name, state) << "\n";
        }
        if (present == 0)
            out() << Doctor::tr("Weights:      none present (demos use seeded random \"untrained\" "
                                "backbones; see 'nexvitad-cli weights')")
                  << "\n";

        if (!problems.isEmpty()) {
            for (const QString &p : problems)
                err() << Doctor::tr("problem: %1").arg(p) << "\n";
            err().flush();
            out().flush();
            return cli_exit::failure;
        }
        out() << Doctor::tr("Status:       usable") << Qt::endl;
        return cli_exit::ok;
    });
}
