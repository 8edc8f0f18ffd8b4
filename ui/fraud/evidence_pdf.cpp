#include "evidence_pdf.h"

#include "common/money_text.h"
#include "reviews_model.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace paydeck::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("paydeck::ui::EvidencePdf", text);
}

QString e(const std::string &text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString when(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString outcome(const fraud::EntityCharge &c)
{
    QStringList parts;
    parts << (c.facts.declined ? tr("declined") : tr("paid"));
    if (c.refunded > 0)
        parts << tr("refunded %1")
                     .arg(moneyText(c.refunded, QString::fromStdString(c.facts.currency)));
    if (!c.disputeReason.empty())
        parts << tr("disputed (%1, %2)").arg(e(c.disputeReason), e(c.disputeStatus));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString evidenceHtml(const fraud::Investigation &inv, qint64 generatedAt)
{
    const fraud::EntityView &v = inv.view;
    QString html = QStringLiteral("<html><body style='font-family: sans-serif; font-size: 9pt'>");
    html += tr("<h2>Evidence: %1</h2>").arg(v.key.text().toHtmlEscaped());
    qint64 declined = 0;
    for (const auto &c : v.charges)
        declined += c.facts.declined;
    html
        += tr("<p>%1 charges across all sources, %2 declined; first %3, last %4. Generated %5 "
              "by Paydeck.</p>")
               .arg(v.charges.size())
               .arg(declined)
               .arg(v.charges.empty() ? QStringLiteral("–") : when(v.charges.front().facts.created),
                    v.charges.empty() ? QStringLiteral("–") : when(v.charges.back().facts.created),
                    when(generatedAt));
    html += QStringLiteral("<p><img src='timeline' width='640'></p>");
    html += tr("<h3>Charges</h3>");
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='2' width='100%'><tr>");
    for (const QString &h : {tr("Time"),
                             tr("Charge"),
                             tr("Amount"),
                             tr("Card"),
                             tr("E-mail"),
                             tr("IP"),
                             tr("Outcome")})
        html += QStringLiteral("<th>%1</th>").arg(h);
    html += QStringLiteral("</tr>");
    for (const fraud::EntityCharge &c : v.charges) {
        const fraud::ChargeFacts &f = c.facts;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td>%4</td>"
                               "<td>%5</td><td>%6 %7</td><td>%8</td></tr>")
                    .arg(when(f.created),
                         e(f.id),
                         moneyText(f.amount, QString::fromStdString(f.currency)).toHtmlEscaped(),
                         e(f.cardLast4.empty() ? f.cardFingerprint
                                               : "•••• " + f.cardLast4 + " " + f.cardCountry),
                         e(f.email),
                         e(f.ip),
                         e(f.ipCountry),
                         outcome(c));
    }
    html += QStringLiteral("</table>");
    html += tr("<h3>Linked</h3><ul>");
    for (const auto &[kind, entities] : v.linked) {
        QStringList items;
        for (const auto &[value, count] : entities)
            items << QStringLiteral("%1 (%2)").arg(e(value)).arg(count);
        html += QStringLiteral("<li><b>%1</b>: %2</li>")
                    .arg(QString::fromLatin1(fraud::entityKindName(kind)),
                         items.join(QStringLiteral(", ")));
    }
    html += QStringLiteral("</ul>");
    html += tr("<h3>Scoring and decisions</h3>");
    if (inv.reviews.empty())
        html += tr("<p>No charge of it was flagged or decided.</p>");
    for (const store::FraudReview &r : inv.reviews) {
        html += QStringLiteral("<p><b>%1</b> — %2 %3, %4")
                    .arg(e(r.charge))
                    .arg(r.score)
                    .arg(ReviewsModel::actionText(r.action).toHtmlEscaped(),
                         ReviewsModel::statusText(r.status).toHtmlEscaped());
        if (!r.decidedBy.empty())
            html += tr(", decided by %1 on %2").arg(e(r.decidedBy), when(r.decidedAt));
        if (!r.note.empty())
            html += QStringLiteral(": <i>%1</i>").arg(e(r.note));
        if (!r.refund.empty())
            html += tr(" (refunded as fraudulent: %1)").arg(e(r.refund));
        html += QStringLiteral("<br>");
        html += ReviewsModel::reasonTexts(r).join(QStringLiteral("; ")).toHtmlEscaped();
        html += QStringLiteral("</p>");
    }
    html += QStringLiteral("</body></html>");
    return html;
}

Result<void> writeEvidencePdf(const QString &path,
                              const fraud::Investigation &investigation,
                              const QImage &timeline,
                              qint64 generatedAt)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(tr("cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(150);
        pdf.setTitle(tr("Evidence: %1").arg(investigation.view.key.text()));
        pdf.setCreator(QStringLiteral("Paydeck"));
        QTextDocument document;
        document.addResource(
            QTextDocument::ImageResource, QUrl(QStringLiteral("timeline")), timeline);
        document.setHtml(evidenceHtml(investigation, generatedAt));
        document.setPageSize(pdf.pageLayout().paintRectPixels(pdf.resolution()).size());
        document.print(&pdf);
    }
    if (!file.commit())
        return makeError(tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace paydeck::ui
