#include "camt_parser.h"

#include "amount_text.h"
#include "domain/currency.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace paydeck::reconcile {

namespace {

QDate parseIsoDate(const QString &text)
{
    return QDate::fromString(text.left(10), Qt::ISODate);
}

/// The parts of one entry or transaction detail that depend on where a name or account sits.
struct Parties
{
    QString debtorName, creditorName, debtorAccount, creditorAccount;
    void resolve(bool credit, QString &name, QString &account) const
    {
        // For money received the counterparty is the debtor; for money paid, the creditor.
        name = credit ? debtorName : creditorName;
        account = credit ? debtorAccount : creditorAccount;
    }
};

class CamtReader
{
    Q_DECLARE_TR_FUNCTIONS(paydeck::reconcile::CamtReader)

public:
    CamtReader(const QByteArray &data, QString fileName)
        : m_xml(data), m_fileName(std::move(fileName))
    {}

    Result<QList<Statement>> read()
    {
        while (!m_xml.atEnd()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::StartElement:
                if (auto ok = start(); !ok)
                    return makeError(ok.error());
                break;
            case QXmlStreamReader::Characters:
                m_text += m_xml.text();
                break;
            case QXmlStreamReader::EndElement:
                if (auto ok = end(); !ok)
                    return makeError(ok.error());
                m_path.removeLast();
                m_text.clear();
                break;
            default:
                break;
            }
        }
        if (m_xml.hasError())
            return makeError(error(m_xml.errorString()));
        if (m_statements.isEmpty())
            return makeError(
                tr("%1: no statement, report or notification in the document").arg(m_fileName));
        return m_statements;
    }

private:
    QString pathText() const
    {
        QString path;
        for (const auto &element : m_path) {
            path += u'/' + element.name;
            if (element.index > 0)
                path += u'[' + QString::number(element.index) + u']';
        }
        return path;
    }
    QString error(const QString &message) const
    {
        return tr("%1:%2: %3 (at %4)")
            .arg(m_fileName)
            .arg(m_xml.lineNumber())
            .arg(message, pathText().isEmpty() ? QStringLiteral("/") : pathText());
    }

    bool under(QStringView name) const
    {
        for (const auto &element : m_path)
            if (element.name == name)
                return true;
        return false;
    }
    /// The path below the innermost element named `anchor`, e.g. "Amt" or "Bal/Tp/CdOrPrtry/Cd".
    QString below(QStringView anchor) const
    {
        for (qsizetype i = m_path.size() - 1; i >= 0; --i) {
            if (m_path[i].name == anchor) {
                QStringList parts;
                for (qsizetype j = i + 1; j < m_path.size(); ++j)
                    parts.append(m_path[j].name);
                return parts.join(u'/');
            }
        }
        return {};
    }

    Result<void> start()
    {
        const QString name = m_xml.name().toString();
        int index = 0;
        m_text.clear();
        if (m_path.isEmpty()) {
            if (name != u"Document")
                return makeError(error(tr("the root element is %1, not Document").arg(name)));
            static const QRegularExpression ns(QStringLiteral(
                "^urn:iso:std:iso:20022:tech:xsd:(camt\\.05[234])\\.001\\.(0[2-9]|10)$"));
            const QString uri = m_xml.namespaceUri().toString();
            const auto match = ns.match(uri);
            if (!match.hasMatch())
                return makeError(
                    error(tr("namespace \"%1\" is not camt.052, camt.053 or camt.054 in versions "
                             "001.02 to 001.10")
                              .arg(uri)));
            m_format = match.captured(1) + QStringLiteral(".001.") + match.captured(2);
        } else if (m_xml.namespaceUri() != m_path.first().namespaceUri) {
            return makeError(error(tr("element %1 in namespace \"%2\", outside the document's")
                                       .arg(name, m_xml.namespaceUri().toString())));
        }
        const bool container
            = (name == u"Stmt" || name == u"Rpt" || name == u"Ntfctn") && m_path.size() == 2;
        if (container) {
            index = ++m_statementCount;
            m_statement = Statement();
            m_statement.format = m_format;
            m_statement.line = int(m_xml.lineNumber());
            m_entryCount = 0;
        } else if (name == u"Ntry" && m_inStatement) {
            index = ++m_entryCount;
            m_entry = StatementEntry();
            m_entry.line = int(m_xml.lineNumber());
            m_entryParties = Parties();
            m_chargesTotalSeen = false;
            m_inEntry = true;
        } else if (name == u"TxDtls" && m_inEntry) {
            index = int(m_entry.details.size()) + 1;
            m_detail = TransactionDetail();
            m_detailParties = Parties();
            m_detailCredit.reset();
            m_inDetail = true;
        } else if (name == u"Bal" && m_inStatement && !m_inEntry) {
            m_balance = StatementBalance();
            m_balanceCredit = true;
        }
        if (name == u"Amt" || name == u"TtlAmt" || name == u"TtlChrgsAndTaxAmt")
            m_currency = m_xml.attributes().value(QStringLiteral("Ccy")).toString();
        m_path.append(Element{name, index, m_xml.namespaceUri().toString()});
        if (container)
            m_inStatement = true;
        return {};
    }

    Result<qint64> amount()
    {
        const auto currency = Currency::fromCode(QStringView(m_currency));
        if (!currency)
            return makeError(
                error(tr("amount without a known currency (Ccy=\"%1\")").arg(m_currency)));
        const auto value = parseMinorUnits(m_text, currency->exponent(), u'.');
        if (!value || *value < 0)
            return makeError(
                error(tr("\"%1\" is not an amount in %2").arg(m_text.trimmed(), m_currency)));
        return *value;
    }

    Result<QDate> date()
    {
        const QDate value = parseIsoDate(m_text.trimmed());
        if (!value.isValid())
            return makeError(error(tr("\"%1\" is not a date").arg(m_text.trimmed())));
        return value;
    }

    Result<void> end()
    {
        const QString name = m_path.last().name;
        const QString text = m_text.trimmed();
        if (m_inDetail)
            return endInDetail(name, text);
        if (m_inEntry)
            return endInEntry(name, text);
        if (!m_inStatement)
            return {};
        if (m_path.size() == 3) { // the statement itself
            if (m_statement.currency.isEmpty())
                return makeError(error(tr("statement %1 states no currency").arg(m_statement.id)));
            m_statements.append(m_statement);
            m_inStatement = false;
            return {};
        }
        const QString rel = below(m_path[2].name);
        if (rel == u"Id")
            m_statement.id = text;
        else if (rel == u"ElctrncSeqNb" || (rel == u"LglSeqNb" && m_statement.sequence.isEmpty()))
            m_statement.sequence = text;
        else if (rel == u"CreDtTm")
            m_statement.created = QDateTime::fromString(text, Qt::ISODate);
        else if (rel == u"Acct/Id/IBAN" || rel == u"Acct/Id/Othr/Id")
            m_statement.account = text;
        else if (rel == u"Acct/Ccy")
            setCurrency(text);
        else if (rel.startsWith(u"Bal"))
            return endInBalance(rel, text);
        return {};
    }

    void setCurrency(const QString &code)
    {
        if (m_statement.currency.isEmpty())
            m_statement.currency = code;
    }

    Result<void> endInBalance(const QString &rel, const QString &text)
    {
        if (rel == u"Bal/Tp/CdOrPrtry/Cd" || rel == u"Bal/Tp/CdOrPrtry/Prtry") {
            m_balance.type = text;
        } else if (rel == u"Bal/Amt") {
            auto value = amount();
            if (!value)
                return makeError(value.error());
            setCurrency(m_currency);
            if (m_currency != m_statement.currency)
                return makeError(error(
                    tr("balance in %1, the account in %2").arg(m_currency, m_statement.currency)));
            m_balance.amount = value.value();
        } else if (rel == u"Bal/CdtDbtInd") {
            m_balanceCredit = text == u"CRDT";
        } else if (rel == u"Bal/Dt/Dt" || rel == u"Bal/Dt/DtTm") {
            auto value = date();
            if (!value)
                return makeError(value.error());
            m_balance.date = value.value();
        } else if (rel == u"Bal") {
            if (!m_balanceCredit)
                m_balance.amount = -m_balance.amount;
            // Opening: booked opening, or the previous closing; closing: booked closing.
            if ((m_balance.type == u"OPBD" || m_balance.type == u"PRCD") && !m_statement.opening)
                m_statement.opening = m_balance;
            else if (m_balance.type == u"CLBD" && !m_statement.closing)
                m_statement.closing = m_balance;
            else
                m_statement.otherBalances.append(m_balance);
        }
        return {};
    }

    Result<void> endInEntry(const QString &name, const QString &text)
    {
        const QString rel = below(u"Ntry");
        if (name == u"Ntry") {
            if (!m_entryCredit.has_value())
                return makeError(error(tr("entry without CdtDbtInd")));
            if (!m_entryHasAmount)
                return makeError(error(tr("entry without Amt")));
            if (!*m_entryCredit)
                m_entry.amount = -m_entry.amount;
            if (!m_entry.bookingDate.isValid())
                m_entry.bookingDate = m_entry.valueDate; // notifications often state one date
            if (!m_entry.bookingDate.isValid())
                return makeError(error(tr("entry without booking or value date")));
            m_entryParties.resolve(
                *m_entryCredit, m_entry.counterpartyName, m_entry.counterpartyAccount);
            if (m_entry.details.size() == 1) {
                const TransactionDetail &detail = m_entry.details.first();
                m_entry.endToEndId = detail.endToEndId;
                if (m_entry.accountServicerReference.isEmpty())
                    m_entry.accountServicerReference = detail.accountServicerReference;
                if (m_entry.counterpartyName.isEmpty())
                    m_entry.counterpartyName = detail.counterpartyName;
                if (m_entry.counterpartyAccount.isEmpty())
                    m_entry.counterpartyAccount = detail.counterpartyAccount;
                m_entry.remittance = detail.remittance;
                if (m_entry.instructedCurrency.isEmpty()) {
                    m_entry.instructedCurrency = detail.instructedCurrency;
                    m_entry.instructedAmount = detail.instructedAmount;
                }
            } else if (m_entry.details.size() > 1) {
                QStringList texts;
                for (const auto &detail : m_entry.details)
                    if (!detail.remittance.isEmpty())
                        texts.append(detail.remittance);
                m_entry.remittance = texts.join(u'\n');
                if (m_entry.batchCount == 0)
                    m_entry.batchCount = int(m_entry.details.size());
            }
            m_statement.entries.append(m_entry);
            m_inEntry = false;
            m_entryCredit.reset();
            m_entryHasAmount = false;
            return {};
        }
        if (rel == u"Amt") {
            auto value = amount();
            if (!value)
                return makeError(value.error());
            setCurrency(m_currency);
            m_entry.currency = m_currency;
            m_entry.amount = value.value();
            m_entryHasAmount = true;
        } else if (rel == u"CdtDbtInd") {
            if (text != u"CRDT" && text != u"DBIT")
                return makeError(error(tr("CdtDbtInd is \"%1\", not CRDT or DBIT").arg(text)));
            m_entryCredit = text == u"CRDT";
        } else if (rel == u"RvslInd") {
            m_entry.reversal = text == u"true" || text == u"1";
        } else if (rel == u"Sts" || rel == u"Sts/Cd" || rel == u"Sts/Prtry") {
            if (!text.isEmpty())
                m_entry.status = text;
        } else if (rel == u"BookgDt/Dt" || rel == u"BookgDt/DtTm") {
            auto value = date();
            if (!value)
                return makeError(value.error());
            m_entry.bookingDate = value.value();
        } else if (rel == u"ValDt/Dt" || rel == u"ValDt/DtTm") {
            auto value = date();
            if (!value)
                return makeError(value.error());
            m_entry.valueDate = value.value();
        } else if (rel == u"NtryRef") {
            m_entry.entryReference = text;
        } else if (rel == u"AcctSvcrRef") {
            m_entry.accountServicerReference = text;
        } else if (rel == u"BkTxCd/Domn/Cd") {
            m_entry.bankTransactionCode = text;
        } else if (rel == u"BkTxCd/Domn/Fmly/Cd" || rel == u"BkTxCd/Domn/Fmly/SubFmlyCd") {
            m_entry.bankTransactionCode += u'/' + text;
        } else if (rel == u"BkTxCd/Prtry/Cd" && m_entry.bankTransactionCode.isEmpty()) {
            m_entry.bankTransactionCode = text;
        } else if (rel == u"AddtlNtryInf") {
            m_entry.additionalInfo = text;
        } else if (rel == u"AmtDtls/InstdAmt/Amt") {
            auto value = amount();
            if (!value)
                return makeError(value.error());
            m_entry.instructedCurrency = m_currency;
            m_entry.instructedAmount = value.value();
        } else if (rel == u"Chrgs/TtlChrgsAndTaxAmt"
                   || ((rel == u"Chrgs/Amt" || rel == u"Chrgs/Rcrd/Amt") && !m_chargesTotalSeen)) {
            auto value = amount();
            if (!value)
                return makeError(value.error());
            if (rel == u"Chrgs/TtlChrgsAndTaxAmt") {
                m_entry.charges = value.value();
                m_chargesTotalSeen = true;
            } else {
                m_entry.charges += value.value();
            }
        } else if (rel == u"NtryDtls/Btch/NbOfTxs") {
            m_entry.batchCount = text.toInt();
        }
        return {};
    }

    Result<void> endInDetail(const QString &name, const QString &text)
    {
        const QString rel = below(u"TxDtls");
        if (name == u"TxDtls") {
            const bool credit = m_detailCredit.value_or(m_entryCredit.value_or(true));
            if (m_detail.amount && !credit)
                m_detail.amount = -*m_detail.amount;
            m_detailParties.resolve(
                credit, m_detail.counterpartyName, m_detail.counterpartyAccount);
            m_entry.details.append(m_detail);
            m_inDetail = false;
            return {};
        }
        if (rel == u"Refs/EndToEndId") {
            m_detail.endToEndId = text == u"NOTPROVIDED" ? QString() : text;
        } else if (rel == u"Refs/AcctSvcrRef") {
            m_detail.accountServicerReference = text;
        } else if (rel == u"Refs/InstrId") {
            m_detail.instructionId = text;
        } else if (rel == u"Refs/UETR") {
            m_detail.uetr = text;
        } else if (rel == u"Amt" || rel == u"AmtDtls/TxAmt/Amt") {
            auto value = amount();
            if (!value)
                return makeError(value.error());
            if (!m_detail.amount || rel == u"Amt")
                m_detail.amount = value.value();
        } else if (rel == u"AmtDtls/InstdAmt/Amt") {
            auto value = amount();
            if (!value)
                return makeError(value.error());
            m_detail.instructedCurrency = m_currency;
            m_detail.instructedAmount = value.value();
        } else if (rel == u"CdtDbtInd") {
            m_detailCredit = text == u"CRDT";
        } else if (rel == u"RltdPties/Dbtr/Nm" || rel == u"RltdPties/Dbtr/Pty/Nm") {
            m_detailParties.debtorName = text;
        } else if (rel == u"RltdPties/Cdtr/Nm" || rel == u"RltdPties/Cdtr/Pty/Nm") {
            m_detailParties.creditorName = text;
        } else if (rel == u"RltdPties/DbtrAcct/Id/IBAN"
                   || rel == u"RltdPties/DbtrAcct/Id/Othr/Id") {
            m_detailParties.debtorAccount = text;
        } else if (rel == u"RltdPties/CdtrAcct/Id/IBAN"
                   || rel == u"RltdPties/CdtrAcct/Id/Othr/Id") {
            m_detailParties.creditorAccount = text;
        } else if (rel == u"RmtInf/Ustrd") {
            m_detail.remittance
                += (m_detail.remittance.isEmpty() ? QString() : QStringLiteral(" ")) + text;
        } else if (rel == u"RmtInf/Strd/CdtrRefInf/Ref") {
            m_detail.remittance
                += (m_detail.remittance.isEmpty() ? QString() : QStringLiteral(" ")) + text;
        }
        return {};
    }

    struct Element
    {
        QString name;
        int index = 0;
        QString namespaceUri;
    };

    QXmlStreamReader m_xml;
    QString m_fileName;
    QString m_format;
    QList<Element> m_path;
    QString m_text;
    QString m_currency;
    QList<Statement> m_statements;
    Statement m_statement;
    StatementBalance m_balance;
    bool m_balanceCredit = true;
    StatementEntry m_entry;
    Parties m_entryParties;
    std::optional<bool> m_entryCredit;
    bool m_entryHasAmount = false;
    bool m_chargesTotalSeen = false;
    TransactionDetail m_detail;
    Parties m_detailParties;
    std::optional<bool> m_detailCredit;
    bool m_inStatement = false;
    bool m_inEntry = false;
    bool m_inDetail = false;
    int m_statementCount = 0;
    int m_entryCount = 0;
};

} // namespace

Result<QList<Statement>> parseCamt(const QByteArray &data, const QString &fileName)
{
    CamtReader reader(data, fileName);
    return reader.read();
}

} // namespace paydeck::reconcile
