#include "webhook_signature.h"

#include <QList>
#include <QMessageAuthenticationCode>
#include <QObject>

namespace paydeck::webhooks {

namespace {

QByteArray
expectedSignature(QByteArrayView payload, QByteArrayView secret, QByteArrayView timestamp)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret.toByteArray());
    mac.addData(timestamp.data(), timestamp.size());
    mac.addData(".");
    mac.addData(payload.data(), payload.size());
    return mac.result().toHex();
}

/// Equal length and content, in time independent of where they differ.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

SignatureVerdict verifyStripeSignature(QByteArrayView payload,
                                       QByteArrayView header,
                                       QByteArrayView secret,
                                       qint64 now,
                                       qint64 tolerance)
{
    QByteArray timestampText;
    QList<QByteArray> signatures;
    for (const QByteArray &item : header.toByteArray().split(',')) {
        const qsizetype equals = item.indexOf('=');
        if (equals <= 0)
            continue;
        const QByteArray key = item.left(equals).trimmed();
        const QByteArray value = item.mid(equals + 1).trimmed();
        if (key == "t")
            timestampText = value;
        else if (key == "v1")
            signatures << value;
    }
    bool numeric = false;
    const qint64 timestamp = timestampText.toLongLong(&numeric);
    if (timestampText.isEmpty() || !numeric)
        return {false, QObject::tr("Unable to extract timestamp and signatures from header")};
    if (signatures.isEmpty())
        return {false, QObject::tr("No signatures found with expected scheme")};
    const QByteArray expected = expectedSignature(payload, secret, timestampText);
    bool matched = false;
    for (const QByteArray &signature : signatures)
        matched |= constantTimeEquals(signature, expected); // no early exit: timing says nothing
    if (!matched)
        return {false,
                QObject::tr("No signatures found matching the expected signature for payload")};
    if (tolerance > 0 && now - timestamp > tolerance)
        return {false, QObject::tr("Timestamp outside the tolerance zone")};
    return {true, {}};
}

QByteArray stripeSignatureHeader(QByteArrayView payload, QByteArrayView secret, qint64 timestamp)
{
    const QByteArray t = QByteArray::number(timestamp);
    return "t=" + t + ",v1=" + expectedSignature(payload, secret, t);
}

} // namespace paydeck::webhooks
