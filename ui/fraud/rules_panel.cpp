#include "rules_panel.h"

#include "common/money_text.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace paydeck::ui {

namespace {

QString when(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString moneyOf(const std::map<std::string, qint64> &amounts)
{
    QStringList parts;
    for (const auto &[currency, minor] : amounts)
        parts << moneyText(minor, QString::fromStdString(currency));
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(" · "));
}

QString ratio(double value)
{
    return QLocale().toString(value, 'f', 2);
}

} // namespace

RulesPanel::RulesPanel(fraud::RulesDesk *desk, const QString &user, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_user(user)
    , m_inForce(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_check(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_backtest(new QPushButton(tr("Backtest the draft"), this))
    , m_save(new QPushButton(tr("Save as the next version"), this))
    , m_revert(new QPushButton(tr("Revert to the rules in force"), this))
    , m_import(new QPushButton(tr("Import…"), this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_result(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_checkTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("fraudRulesPanel"));
    buildLayout();
    if (!m_desk) {
        m_inForce->setText(tr("Fraud monitoring is not running in this window."));
        updateButtons();
        return;
    }
    connect(m_desk, &fraud::RulesDesk::rulesChanged, this, &RulesPanel::onRulesChanged);
    connect(m_desk, &fraud::RulesDesk::backtested, this, &RulesPanel::onBacktested);
    connect(m_desk, &fraud::RulesDesk::failed, this, &RulesPanel::showProblem);
    connect(m_desk, &fraud::RulesDesk::saved, this, [this](int version) {
        showProblem(tr("Saved as version %1: it judges the charges from now on.").arg(version));
    });
    connect(
        m_desk,
        &fraud::RulesDesk::imported,
        this,
        [this](const QString &path, const QString &text) {
            startDraftFrom(text);
            showProblem(
                tr("%1 imported as a draft: backtest it, then save it to switch it on.").arg(path));
        });
    connect(m_desk, &fraud::RulesDesk::exported, this, [this](const QString &path) {
        showProblem(tr("The draft was written to %1.").arg(path));
    });
    // Checked a moment after typing stops (a rule file is small: parsing it here is quick).
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250);
    connect(m_checkTimer, &QTimer::timeout, this, &RulesPanel::checkDraft);
    connect(m_editor, &QPlainTextEdit::textChanged, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_backtest, &QPushButton::clicked, this, &RulesPanel::backtestDraft);
    connect(m_save, &QPushButton::clicked, this, &RulesPanel::saveDraft);
    connect(m_revert, &QPushButton::clicked, this, &RulesPanel::revertDraft);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import fraud rules"), {}, tr("Rule files (*.rules *.txt);;All files (*)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this,
                                                          tr("Export fraud rules"),
                                                          QStringLiteral("fraud.rules"),
                                                          tr("Rule files (*.rules)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    QMetaObject::invokeMethod(m_desk, &fraud::RulesDesk::watchRules, Qt::QueuedConnection);
    updateButtons();
}

void RulesPanel::buildLayout()
{
    m_inForce->setObjectName(QStringLiteral("rulesInForce"));
    m_editor->setObjectName(QStringLiteral("rulesEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setAccessibleName(tr("Fraud rules draft"));
    m_editor->setPlaceholderText(tr("review if :risk_score: >= 65"));
    m_check->setObjectName(QStringLiteral("rulesCheck"));
    m_check->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("rulesBacktest"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setObjectName(QStringLiteral("rulesProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_period->addItem(tr("last 30 days"), 30);
    m_period->addItem(tr("last 90 days"), 90);
    m_period->addItem(tr("last 365 days"), 365);
    m_period->setCurrentIndex(1);
    m_period->setAccessibleName(tr("Backtest period"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_backtest);
    actions->addWidget(m_period);
    actions->addStretch(1);
    for (QPushButton *button : {m_save, m_revert, m_import, m_export})
        actions->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_inForce);
    layout->addWidget(m_problem);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_check);
    layout->addLayout(actions);
    layout->addWidget(m_result);
}

QString RulesPanel::inForceText() const
{
    return m_inForce->text();
}

QString RulesPanel::checkText() const
{
    return m_check->text();
}

QString RulesPanel::backtestText() const
{
    return m_result->text();
}

QString RulesPanel::problemText() const
{
    return m_problem->isVisible() || !m_problem->text().isEmpty() ? m_problem->text() : QString();
}

bool RulesPanel::draftDiffers() const
{
    return m_editor->toPlainText() != m_inForceRules.text;
}

void RulesPanel::onRulesChanged(const fraud::RulesInForce &rules)
{
    const bool keepDraft = m_loaded && draftDiffers();
    m_inForceRules = rules;
    m_loaded = true;
    m_inForce->setText(rules.version == 0 ? tr("In force: Paydeck's defaults (no rules saved yet).")
                                          : tr("In force: version %1, saved by %2 at %3.")
                                                .arg(rules.version)
                                                .arg(rules.changedBy, when(rules.changedAt)));
    if (keepDraft)
        showProblem(tr("Version %1 was saved meanwhile; your draft is kept. Revert to see the "
                       "rules in force.")
                        .arg(rules.version));
    else
        startDraftFrom(rules.text);
    checkDraft();
}

void RulesPanel::checkDraft()
{
    m_checkTimer->stop();
    const auto parsed = fraud::FraudRuleSet::parse(m_editor->toPlainText());
    m_draftParses = parsed.ok();
    if (!parsed) {
        m_check->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_check->setText(tr("Does not parse: %1").arg(parsed.error()));
    } else {
        const fraud::FraudRuleSet &set = parsed.value();
        m_check->setStyleSheet({});
        m_check->setText(tr("Parses: %1 rules, %2 lists; the IP is read from metadata '%3'.")
                             .arg(set.rules().size())
                             .arg(set.lists().size())
                             .arg(QString::fromStdString(set.metadataKeys().ip)));
    }
    updateButtons();
}

void RulesPanel::updateButtons()
{
    const bool ready = m_desk && m_loaded;
    m_backtest->setEnabled(ready && m_draftParses);
    m_save->setEnabled(ready && m_draftParses && draftDiffers());
    m_revert->setEnabled(ready && draftDiffers());
    m_import->setEnabled(ready);
    m_export->setEnabled(ready && m_draftParses);
    m_editor->setReadOnly(!ready);
}

void RulesPanel::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

void RulesPanel::backtestDraft()
{
    if (!m_desk || !m_draftParses)
        return;
    const qint64 days = m_period->currentData().toLongLong();
    const qint64 to = QDateTime::currentSecsSinceEpoch() + 86400; // today included
    const qint64 from = to - (days + 1) * 86400;
    const quint64 ticket = ++m_ticket;
    m_result->setText(tr("Backtesting over the %1…").arg(m_period->currentText()));
    QMetaObject::invokeMethod(
        m_desk,
        [desk = m_desk, draft = m_editor->toPlainText(), from, to, ticket] {
            desk->backtest(draft, from, to, ticket);
        },
        Qt::QueuedConnection);
}

void RulesPanel::onBacktested(const fraud::DraftBacktest &b)
{
    if (b.ticket != m_ticket)
        return; // an earlier request's answer
    const fraud::FraudBacktest &r = b.result;
    QString text = tr("From %1 to %2: %3 charges; the draft would have reviewed %4 and blocked %5. "
                      "Money of the flagged payments that went through: %6 (of it fraud: %7).")
                       .arg(when(b.from), when(b.to))
                       .arg(r.charges)
                       .arg(r.reviewed)
                       .arg(r.blocked)
                       .arg(moneyOf(r.flaggedAmount), moneyOf(r.caughtFraudAmount));
    if (b.labelled == 0)
        text += u' '
                + tr("No labels yet (no dispute marked fraudulent, no decision): precision and "
                     "recall cannot be told.");
    else
        text += u' '
                + tr("Against %1 labelled charges (disputes as fraudulent, analysts' decisions): "
                     "precision %2, recall %3; Stripe's risk level alone: precision %4, recall %5.")
                      .arg(b.labelled)
                      .arg(ratio(r.scoring.precision()), ratio(r.scoring.recall()))
                      .arg(ratio(r.baseline.precision()), ratio(r.baseline.recall()));
    m_result->setText(text);
}

void RulesPanel::saveDraft()
{
    if (!m_desk || !m_draftParses)
        return;
    QMetaObject::invokeMethod(
        m_desk,
        [desk = m_desk, draft = m_editor->toPlainText(), basedOn = m_draftBase, who = m_user] {
            desk->save(draft, basedOn, who);
        },
        Qt::QueuedConnection);
}

void RulesPanel::revertDraft()
{
    startDraftFrom(m_inForceRules.text);
    checkDraft();
}

void RulesPanel::startDraftFrom(const QString &text)
{
    m_draftBase = m_inForceRules.version;
    m_editor->setPlainText(text);
}

void RulesPanel::importFrom(const QString &path)
{
    if (m_desk)
        QMetaObject::invokeMethod(
            m_desk, [desk = m_desk, path] { desk->importFile(path); }, Qt::QueuedConnection);
}

void RulesPanel::exportTo(const QString &path)
{
    if (m_desk)
        QMetaObject::invokeMethod(
            m_desk,
            [desk = m_desk, path, text = m_editor->toPlainText()] { desk->exportFile(path, text); },
            Qt::QueuedConnection);
}

} // namespace paydeck::ui
