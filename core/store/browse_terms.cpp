#include "store/browse_repository.h"

#include <QRegularExpression>

namespace paydeck::store {

bool isProviderIdTerm(const QString &term)
{
    static const QRegularExpression providerId(
        QStringLiteral("^(txn|ch|py|re|po|dp|du|pi|cus|src|tr|pyr|evt)_[A-Za-z0-9]*$"));
    return providerId.match(term).hasMatch();
}

} // namespace paydeck::store
