#include "rules_desk.h"

#include "fraud_labels.h"
#include "fraud_monitor.h"
#include "store/session.h"
#include "store/store_writer.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

namespace paydeck::fraud {

namespace {

RulesInForce inForce(const std::optional<store::StoredFraudRules> &stored)
{
    if (!stored)
        return {0, FraudRuleSet::defaultText(), 0, {}};
    return {stored->version, stored->text, stored->changedAt, stored->changedBy};
}

} // namespace

RulesDesk::RulesDesk(QString storePath, store::StoreWriter *writer, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_writer(writer)
    , m_calls(new QueuedCalls(this))
{
    qRegisterMetaType<paydeck::fraud::RulesInForce>();
    qRegisterMetaType<paydeck::fraud::DraftBacktest>();
}

RulesDesk::~RulesDesk() = default;

bool RulesDesk::ensureSession()
{
    if (m_session)
        return true;
    auto session = store::openSession(m_storePath, store::Access::ReadOnly);
    if (!session) {
        emit failed(session.error());
        return false;
    }
    m_session = std::move(session.value());
    return true;
}

void RulesDesk::watchRules()
{
    m_watching = true;
    readRules();
}

void RulesDesk::readRules()
{
    if (!ensureSession())
        return;
    auto active = m_session->fraud().activeRules();
    if (!active) {
        emit failed(active.error());
        return;
    }
    emit rulesChanged(inForce(active.value()));
}

void RulesDesk::applyChange(const store::ChangeSet &change)
{
    if (m_watching && change.touches(store::ChangeSet::FraudRules))
        readRules();
}

void RulesDesk::backtest(const QString &draft, qint64 from, qint64 to, quint64 ticket)
{
    auto rules = FraudRuleSet::parse(draft);
    if (!rules) {
        emit failed(rules.error());
        return;
    }
    if (!ensureSession())
        return;
    store::ReadSnapshot snapshot(*m_session);
    // What the store knows: disputes, then the analysts' decisions (they looked closer).
    FraudLabels labels;
    if (auto disputed = labels.addDisputed(*m_session); !disputed) {
        emit failed(disputed.error());
        return;
    }
    if (auto decided = labels.addDecisions(*m_session); !decided) {
        emit failed(decided.error());
        return;
    }
    auto result = fraud::backtest(
        *m_session, from, to, rules.value(), labels, rules.value().metadataKeys());
    if (!result) {
        emit failed(result.error());
        return;
    }
    emit backtested({ticket, from, to, std::move(result.value()), labels.count()});
}

void RulesDesk::save(const QString &draft, int basedOn, const QString &who)
{
    if (auto parsed = FraudRuleSet::parse(draft); !parsed) {
        emit failed(parsed.error());
        return;
    }
    auto version = std::make_shared<int>(0);
    m_writer->submitJob(
        [draft, basedOn, who, version](store::Session &session) -> Result<void> {
            auto active = session.fraud().activeRules();
            if (!active)
                return makeError(active.error());
            const int current = active.value() ? active.value()->version : 0;
            if (current != basedOn)
                return makeError(
                    tr("the rules were changed meanwhile: version %1 by %2 at %3. Reload them "
                       "and make your change again.")
                        .arg(current)
                        .arg(active.value()->changedBy,
                             QDateTime::fromSecsSinceEpoch(active.value()->changedAt)
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
            auto saved = session.fraud().saveRules(draft, who);
            if (!saved)
                return makeError(saved.error());
            *version = saved.value();
            return {};
        },
        [this, post = m_calls->poster(), version](const Result<void> &done) {
            post([this, version, done] {
                if (done)
                    emit saved(*version);
                else
                    emit failed(done.error());
            });
        },
        store::ChangeSet::FraudRules);
}

void RulesDesk::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit failed(tr("%1: %2").arg(path, file.errorString()));
        return;
    }
    if (file.size() > kMaxFileBytes) {
        emit failed(tr("%1: %2 bytes is not a rule file (at most %3)")
                        .arg(path)
                        .arg(file.size())
                        .arg(kMaxFileBytes));
        return;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError() || bytes.contains('\0')) {
        emit failed(tr("%1: not a text file in UTF-8").arg(path));
        return;
    }
    if (auto parsed = FraudRuleSet::parse(text); !parsed) {
        emit failed(tr("%1: %2").arg(QFileInfo(path).fileName(), parsed.error()));
        return;
    }
    emit imported(path, text);
}

void RulesDesk::exportFile(const QString &path, const QString &text)
{
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        emit failed(tr("%1: %2").arg(path, file.errorString()));
        return;
    }
    emit exported(path);
}

} // namespace paydeck::fraud
