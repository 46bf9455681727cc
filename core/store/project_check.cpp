#include "store/project_check.h"

#include "common/error.h"
#include "io/chunked_read.h"
#include "store/artifact_references.h"
#include "store/artifacts.h"
#include "store/project.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace nexvitad::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::store)
};
} // namespace

CheckResult checkProject(const Project &project, Progress &progress)
{
    CheckResult result;
    const QSqlDatabase db = project.database();
    progress.setStage(Tr::tr("Checking the database"));
    {
        QSqlQuery q = exec(db, QStringLiteral("PRAGMA integrity_check"));
        while (q.next()) {
            if (q.value(0).toString() != QLatin1String("ok"))
                result.problems << Tr::tr("database: %1").arg(q.value(0).toString());
        }
    }
    {
        QSqlQuery q = exec(db, QStringLiteral("PRAGMA foreign_key_check"));
        while (q.next())
            result.problems << Tr::tr("database: row %1 of table %2 refers to a missing row of %3")
                                   .arg(q.value(1).toString(), q.value(0).toString(),
                                        q.value(2).toString());
    }

    progress.setStage(Tr::tr("Checking artifacts"));
    const std::vector<ArtifactReference> references = artifactReferences(db);
    qint64 done = 0;
    for (const ArtifactReference &reference : references) {
        progress.throwIfCanceled();
        progress.report(++done, qint64(references.size()));
        if (!isProjectArtifact(reference.path))
            continue; // a user file outside the project (e.g. an inspected image)
        ++result.artifactsChecked;
        const QString path = project.absolutePath(reference.path);
        if (!QFileInfo(path).isFile()) {
            result.problems << Tr::tr("%1 (%2 %3) is missing")
                                   .arg(reference.path, reference.table)
                                   .arg(reference.rowId);
            continue;
        }
        if (reference.sha256.isEmpty())
            continue;
        try {
            if (io::sha256OfFile(path) != reference.sha256)
                result.problems << Tr::tr("%1 does not match its recorded SHA-256").arg(reference.path);
        } catch (const Error &e) {
            result.problems << e.userText();
        }
    }
    return result;
}

} // namespace nexvitad::store
