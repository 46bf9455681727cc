#include "cli_precision.h"

#include "cli_command.h"
#include "cli_output.h"

#include "common/error.h"
#include "common/precision.h"
#include "common/settings.h"

#include <QCoreApplication>

int applyPrecisionOption(QStringList &args, const nexvitad::Settings &settings)
{
    nexvitad::Precision precision = settings.precision();
    const QString option = QStringLiteral("--precision");
    for (int i = 1; i < args.size();) {
        QString value;
        if (args.at(i) == option && i + 1 < args.size()) {
            value = args.at(i + 1);
            args.remove(i, 2);
        } else if (args.at(i).startsWith(option + QLatin1Char('='))) {
            value = args.at(i).mid(option.size() + 1);
            args.remove(i);
        } else {
            ++i;
            continue;
        }
        if (!nexvitad::parsePrecision(value, &precision)) {
            err() << QCoreApplication::translate("cli", "%1: --precision must be fp32 or bf16, "
                                                        "not '%2'.")
                         .arg(args.at(0), value)
                  << Qt::endl;
            return cli_exit::usage;
        }
    }
    return guarded([&] {
        nexvitad::runtime::configurePrecision(precision);
        return -1;
    });
}
