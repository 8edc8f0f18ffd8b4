#include "ecb_xml.h"

#include "domain/currency.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <map>
#include <set>

namespace paydeck::fx {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("paydeck::fx", text);
}

constexpr auto kGesmesNs = "http://www.gesmes.org/xml/2002-08-01";
constexpr auto kEurofxrefNs = "http://www.ecb.int/vocabulary/2002-08-01/eurofxref";
constexpr auto kSandboxSender = "Paydeck sandbox";

/// Currencies in the ECB's history that have since been replaced (by the euro or a new code).
bool isWithdrawnCurrency(QStringView code)
{
    static const std::set<QString> withdrawn{u"CYP"_qs,
                                             u"EEK"_qs,
                                             u"GRD"_qs,
                                             u"HRK"_qs,
                                             u"LTL"_qs,
                                             u"LVL"_qs,
                                             u"MTL"_qs,
                                             u"ROL"_qs,
                                             u"SIT"_qs,
                                             u"SKK"_qs,
                                             u"TRL"_qs};
    return withdrawn.count(code.toString()) > 0;
}

/// The rates' source as provenance names it: "ECB" for the ECB's own files, "Sandbox" for the
/// sandbox's feed, otherwise the sender's name as the file gives it.
QString publisherLabel(const QString &sender)
{
    const QString name = sender.simplified();
    if (name.isEmpty() || name == u"European Central Bank")
        return QStringLiteral("ECB");
    if (name.startsWith(QLatin1String(kSandboxSender)))
        return QStringLiteral("Sandbox");
    return name.left(40);
}

class Reader
{
public:
    Reader(const QByteArray &xml, const QString &origin) : m_xml(xml), m_origin(origin) {}

    Result<EcbFile> read()
    {
        if (!m_xml.readNextStartElement())
            return fail(m_xml.hasError() ? describeXmlError()
                                         : tr("not an ECB reference-rate file (no XML element)"));
        if (m_xml.name() != u"Envelope" || m_xml.namespaceUri() != QLatin1String(kGesmesNs))
            return fail(tr("not an ECB reference-rate file: the document is <%1>, not "
                           "<gesmes:Envelope>")
                            .arg(m_xml.qualifiedName()));
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement() && m_xml.name() == u"name"
                && m_xml.namespaceUri() == QLatin1String(kGesmesNs)) {
                m_publisher = publisherLabel(m_xml.readElementText());
                if (!m_file.rates.empty())
                    return fail(tr("the sender is named after the rates"));
                continue;
            }
            if (m_xml.isStartElement() && m_xml.name() == u"Cube"
                && m_xml.namespaceUri() == QLatin1String(kEurofxrefNs)) {
                if (auto ok = readCube(); !ok)
                    return makeError(ok.error());
            }
        }
        if (m_xml.hasError())
            return fail(describeXmlError());
        if (m_file.rates.empty())
            return makeError(tr("%1: contains no exchange rates").arg(m_origin));
        m_file.withdrawnCurrencies = QStringList(m_withdrawn.begin(), m_withdrawn.end());
        return std::move(m_file);
    }

private:
    Result<void> readCube()
    {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        if (attributes.hasAttribute(QLatin1String("time")))
            return readDay(attributes.value(QLatin1String("time")));
        if (attributes.hasAttribute(QLatin1String("currency"))
            || attributes.hasAttribute(QLatin1String("rate")))
            return readRate(attributes);
        return {}; // the outer Cube
    }

    Result<void> readDay(QStringView time)
    {
        const QDate day = QDate::fromString(time.toString(), Qt::ISODate);
        if (!day.isValid() || time.size() != 10)
            return fail(tr("\"%1\" is not a date (YYYY-MM-DD)").arg(time.toString()));
        m_day = day;
        return {};
    }

    Result<void> readRate(const QXmlStreamAttributes &attributes)
    {
        if (!m_day.isValid())
            return fail(tr("a rate outside a day's Cube"));
        const QString code = attributes.value(QLatin1String("currency")).toString().trimmed();
        const QString rateText = attributes.value(QLatin1String("rate")).toString();
        if (code.isEmpty())
            return fail(tr("a rate without a currency"));
        if (isWithdrawnCurrency(code)) {
            m_withdrawn.insert(code);
            return {};
        }
        const auto currency = Currency::fromCode(QStringView(code));
        if (!currency || code.size() != 3 || code != code.toUpper())
            return fail(tr("unknown currency code \"%1\"").arg(code));
        if (code == u"EUR")
            return fail(tr("a rate for EUR itself (rates are per 1 EUR)"));
        const auto rate = DecimalRate::parse(rateText);
        if (!rate)
            return fail(
                tr("the %1 rate \"%2\" is not a positive decimal number").arg(code, rateText));
        auto [it, added] = m_seen.emplace(std::make_pair(code, m_day), *rate);
        if (!added) {
            if (it->second == *rate)
                return {};
            return fail(
                tr("%1 has two rates on %2 (%3 and %4)")
                    .arg(code, m_day.toString(Qt::ISODate), it->second.text(), rate->text()));
        }
        m_file.rates.push_back(ExchangeRate{code, m_day, *rate, m_publisher, m_origin});
        if (!m_file.firstDay.isValid() || m_day < m_file.firstDay)
            m_file.firstDay = m_day;
        if (!m_file.lastDay.isValid() || m_day > m_file.lastDay)
            m_file.lastDay = m_day;
        return {};
    }

    QString describeXmlError() const
    {
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return tr("the file ends in the middle of the document (truncated?)");
        return m_xml.errorString();
    }

    Error fail(const QString &what) const
    {
        return makeError(tr("%1, line %2: %3").arg(m_origin).arg(m_xml.lineNumber()).arg(what));
    }

    QXmlStreamReader m_xml;
    QString m_origin;
    QDate m_day;
    QString m_publisher = QStringLiteral("ECB");
    EcbFile m_file;
    std::map<std::pair<QString, QDate>, DecimalRate> m_seen;
    std::set<QString> m_withdrawn;
};

} // namespace

Result<EcbFile> parseEcbXml(const QByteArray &xml, const QString &origin)
{
    return Reader(xml, origin).read();
}

QByteArray writeEcbXml(const std::vector<ExchangeRate> &rates)
{
    std::map<QDate, std::vector<const ExchangeRate *>, std::greater<>> byDay;
    for (const ExchangeRate &rate : rates)
        byDay[rate.day].push_back(&rate);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeNamespace(QLatin1String(kGesmesNs), QStringLiteral("gesmes"));
    xml.writeDefaultNamespace(QLatin1String(kEurofxrefNs));
    xml.writeStartElement(QLatin1String(kGesmesNs), QStringLiteral("Envelope"));
    xml.writeTextElement(
        QLatin1String(kGesmesNs), QStringLiteral("subject"), QStringLiteral("Reference rates"));
    xml.writeStartElement(QLatin1String(kGesmesNs), QStringLiteral("Sender"));
    xml.writeTextElement(QLatin1String(kGesmesNs),
                         QStringLiteral("name"),
                         QString::fromLatin1(kSandboxSender)
                             + QStringLiteral(" (ECB format; not ECB data)"));
    xml.writeEndElement();
    xml.writeStartElement(QLatin1String(kEurofxrefNs), QStringLiteral("Cube"));
    for (const auto &[day, dayRates] : byDay) {
        xml.writeStartElement(QLatin1String(kEurofxrefNs), QStringLiteral("Cube"));
        xml.writeAttribute(QStringLiteral("time"), day.toString(Qt::ISODate));
        for (const ExchangeRate *rate : dayRates) {
            xml.writeEmptyElement(QLatin1String(kEurofxrefNs), QStringLiteral("Cube"));
            xml.writeAttribute(QStringLiteral("currency"), rate->currency);
            xml.writeAttribute(QStringLiteral("rate"), rate->perEuro.text());
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace paydeck::fx
