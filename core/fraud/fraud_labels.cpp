#include "fraud_labels.h"

#include "store/fraud_repository.h"

#include "store/object_repository.h"
#include "store/session.h"
#include "store/sources.h"

#include <QCoreApplication>
#include <QFile>

#include <limits>

#include <simdjson.h>

#include <vector>

namespace paydeck::fraud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("paydeck::fraud", text);
}

} // namespace

std::optional<bool> FraudLabels::of(const std::string &charge) const
{
    const auto it = m_labels.find(charge);
    return it == m_labels.end() ? std::nullopt : std::optional<bool>(it->second);
}

qint64 FraudLabels::fraudCount() const
{
    qint64 n = 0;
    for (const auto &[charge, fraud] : m_labels)
        n += fraud;
    return n;
}

Result<void> FraudLabels::addDisputed(store::Session &db)
{
    for (const store::SourceConfig &source : db.sources().all()) {
        for (const Dispute &dispute : db.objects().loadAll<Dispute>(source.id)) {
            if (dispute.reason == "fraudulent" && !dispute.charge.empty())
                set(dispute.charge, true);
        }
    }
    return {};
}

Result<void> FraudLabels::addDecisions(store::Session &db)
{
    store::ReviewQuery decided;
    decided.statuses = {"approved", "fraudulent"};
    decided.limit = std::numeric_limits<int>::max();
    auto reviews = db.fraud().reviews(decided);
    if (!reviews)
        return makeError(reviews.error());
    for (const store::FraudReview &review : reviews.value())
        set(review.charge, review.status == "fraudulent");
    return {};
}

Result<void> FraudLabels::addFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("cannot read %1: %2").arg(path, file.errorString()));
    simdjson::dom::parser parser;
    std::vector<std::pair<std::string, bool>> read;
    for (int lineNumber = 1; !file.atEnd(); ++lineNumber) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || !line.contains("fraud_label"))
            continue; // the truth file's objects, blank lines
        simdjson::dom::element root;
        std::string_view object, charge;
        bool fraud = false;
        if (parser.parse(line.constData(), size_t(line.size())).get(root) != simdjson::SUCCESS
            || root["object"].get(object) != simdjson::SUCCESS) {
            return makeError(tr("%1, line %2: not a JSON object").arg(path).arg(lineNumber));
        }
        if (object != "fraud_label")
            continue;
        if (root["charge"].get(charge) != simdjson::SUCCESS || charge.empty()
            || root["fraud"].get(fraud) != simdjson::SUCCESS)
            return makeError(tr("%1, line %2: a fraud_label needs \"charge\" (text) and \"fraud\" "
                                "(true or false)")
                                 .arg(path)
                                 .arg(lineNumber));
        read.emplace_back(std::string(charge), fraud);
    }
    for (const auto &[charge, fraud] : read)
        set(charge, fraud);
    return {};
}

} // namespace paydeck::fraud
