#include "project/evaluation_overview.h"

#include "store/sql.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>

namespace nexvitad::project {

QString EvaluationSummary::label() const
{
    QStringList parts;
    if (!className.isEmpty())
        parts << className;
    if (runId > 0)
        parts << EvaluationOverviewText::tr("run %1").arg(runId);
    if (bankId > 0)
        parts << (bankK == 0
                      ? EvaluationOverviewText::tr("bank %1 (all patches)").arg(bankId)
                      : EvaluationOverviewText::tr("bank %1 (K = %2)").arg(bankId).arg(bankK));
    if (untrained)
        parts << EvaluationOverviewText::tr("untrained");
    parts << (inference == QLatin1String("decoder") ? EvaluationOverviewText::tr("decoder")
                                                    : EvaluationOverviewText::tr("memory bank"));
    return EvaluationOverviewText::tr("#%1 %2").arg(id).arg(parts.join(QStringLiteral(", ")));
}

std::vector<EvaluationSummary> listEvaluations(const QSqlDatabase &db)
{
    QSqlQuery q = store::exec(
        db, QStringLiteral("SELECT e.id, e.created_at, e.metrics_json, e.bank_id, b.k,"
                           " b.class_name, m.run_id FROM evaluations e"
                           " LEFT JOIN memory_banks b ON b.id = e.bank_id"
                           " LEFT JOIN models m ON m.id = COALESCE(e.model_id, b.model_id)"
                           " ORDER BY e.id"));
    std::vector<EvaluationSummary> out;
    while (q.next()) {
        EvaluationSummary s;
        s.id = q.value(0).toLongLong();
        s.createdAt = q.value(1).toString();
        s.metrics = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
        s.bankId = q.value(3).toLongLong(); // NULL reads as 0 = none
        s.bankK = q.value(4).isNull() ? -1 : q.value(4).toInt();
        s.runId = q.value(6).toLongLong();
        s.className = s.metrics.value(QStringLiteral("class")).toString();
        if (s.className.isEmpty())
            s.className = q.value(5).toString();
        s.inference = s.metrics.value(QStringLiteral("inference")).toString();
        s.untrained = s.metrics.value(QStringLiteral("untrained")).toBool();
        out.push_back(s);
    }
    return out;
}

std::vector<bool> bestValues(const std::vector<std::optional<double>> &values)
{
    std::vector<bool> best(values.size(), false);
    std::optional<double> top;
    int defined = 0;
    for (const auto &v : values) {
        if (!v)
            continue;
        ++defined;
        top = top ? std::max(*top, *v) : *v;
    }
    if (defined < 2)
        return best;
    for (size_t i = 0; i < values.size(); ++i)
        best[i] = values[i] && *values[i] == *top;
    return best;
}

} // namespace nexvitad::project
