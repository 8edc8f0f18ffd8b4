#pragma once

// The evidence bundle for a dispute: one entity's charges on a timeline, the charges with what
// became of them, why scoring flagged them and what analysts decided and noted — as an A4 PDF
// (QPdfWriter; written whole to a temporary file and renamed: a failed export leaves nothing
// under the chosen name).

#include "fraud/fraud_desk.h"
#include "util/result.h"

#include <QImage>
#include <QString>

namespace paydeck::ui {

/// The bundle as HTML (the PDF's text; tests read it).
QString evidenceHtml(const fraud::Investigation &investigation, qint64 generatedAt);

Result<void> writeEvidencePdf(const QString &path,
                              const fraud::Investigation &investigation,
                              const QImage &timeline,
                              qint64 generatedAt);

} // namespace paydeck::ui
