#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace paydeck::webhooks {

/// Stripe's default tolerance between a webhook's timestamp and its receipt.
inline constexpr qint64 kDefaultToleranceSeconds = 300;

struct SignatureVerdict
{
    bool valid = false;
    QString reason; // why not, in Stripe's words where it has them
};

/// Verifies a `Stripe-Signature` header exactly as Stripe specifies (and stripe-node does):
/// `t=<unix>` and one or more `v1=<hex>` elements (other schemes ignored); HMAC-SHA256 with the
/// endpoint secret over "<t>." + the raw body bytes; any one matching v1 accepts (secret
/// rotation); hex compared exactly, in constant time; then the timestamp must be no more than
/// `tolerance` seconds older than `now` (0 disables the age check).
SignatureVerdict verifyStripeSignature(QByteArrayView payload,
                                       QByteArrayView header,
                                       QByteArrayView secret,
                                       qint64 now,
                                       qint64 tolerance = kDefaultToleranceSeconds);

/// The header Stripe would send for `payload` at `timestamp` (the sandbox's webhook sender).
QByteArray stripeSignatureHeader(QByteArrayView payload, QByteArrayView secret, qint64 timestamp);

} // namespace paydeck::webhooks
