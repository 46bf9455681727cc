#include "report/report_record.h"

#include "report/report_text.h"
#include "store/artifacts.h"
#include "store/project.h"
#include "store/result_records.h"
#include "store/sql.h"

namespace nexvitad::report {

qint64 recordReport(const store::Project &project, const ReportData &data, const QString &pdf)
{
    // The file first, then the row that refers to it (docs/project-store.md, crash safety).
    const store::ArtifactFile file = store::adoptFile(
        project, QStringLiteral("reports"),
        store::uniqueArtifactName(QStringLiteral("report"), QStringLiteral(".pdf")), pdf);
    const bool evaluation = data.kind == ReportKind::Evaluation;
    return store::addReport(project.database(),
                            evaluation ? QStringLiteral("evaluation")
                                       : QStringLiteral("inspection"),
                            reportTitle(data.kind) + QStringLiteral(" #%1").arg(data.id), file,
                            evaluation ? data.id : 0, evaluation ? 0 : data.id);
}

} // namespace nexvitad::report
