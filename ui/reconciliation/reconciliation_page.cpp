#include "reconciliation_page.h"

#include "common/money_text.h"
#include "csv_preview_dialog.h"
#include "decision_commands.h"
#include "exceptions_model.h"
#include "reconcile/reconcile_actions.h"
#include "reconcile/statement_import.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTime>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace paydeck::ui {

namespace {

QString moneyMapText(const QMap<QString, qint64> &amounts)
{
    if (amounts.isEmpty())
        return QObject::tr("none");
    QStringList parts;
    for (auto it = amounts.begin(); it != amounts.end(); ++it)
        parts << moneyText(it.value(), it.key());
    return parts.join(QStringLiteral(" · "));
}

} // namespace

ReconciliationPage::ReconciliationPage(reconcile::ReconcileService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_runner(new DecisionRunner(service, this))
    , m_undo(new QUndoStack(this))
    , m_exceptions(new ExceptionsModel(this))
    , m_candidates(new CandidatesModel(this))
    , m_from(new QDateEdit(QDate::currentDate().addMonths(-2), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_summary(new QLabel(this))
    , m_lastRun(new QLabel(this))
    , m_unmatched(new QLabel(this))
    , m_kindFilter(new QComboBox(this))
    , m_reconciliationFilter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_exceptionsView(new QTableView(this))
    , m_candidatesView(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_explanation(new QTextBrowser(this))
    , m_trail(new QTreeWidget(this))
    , m_audit(new QTreeWidget(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_itemTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("reconciliationPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildToolbar());
    m_summary->setObjectName(QStringLiteral("reconcileSummary"));
    m_summary->setWordWrap(true);
    m_unmatched->setWordWrap(true);
    layout->addWidget(m_summary);
    m_lastRun->setObjectName(QStringLiteral("lastRun"));
    m_lastRun->setWordWrap(true);
    m_lastRun->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastRun->hide();
    layout->addWidget(m_lastRun);
    layout->addWidget(m_unmatched);

    // Exceptions on the left, the selected item on the right.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildExceptionsPane(splitter));
    splitter->addWidget(buildItemPane(splitter));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_runner, &DecisionRunner::finished, this, [this](const QString &error) {
        if (!error.isEmpty())
            emit message(error);
        refresh();
    });
}

void ReconciliationPage::setSandboxFiles(const QString &statement, const QString &ledger)
{
    m_sandboxStatement = statement;
    m_sandboxLedger = ledger;
    refresh();
}

bool ReconciliationPage::offersSandboxImport() const
{
    return !m_importSandbox->isHidden();
}

void ReconciliationPage::importSandboxFiles()
{
    importStatements({m_sandboxStatement});
    // The sandbox's export is known to read cleanly: no preview needed.
    const QString file = m_sandboxLedger;
    m_service->post<Result<reconcile::CsvPreview>>(
        this,
        [file](reconcile::ReconcileService &service) {
            return service.previewCsv(file, reconcile::CsvMapping::Kind::Ledger);
        },
        [this](const Result<reconcile::CsvPreview> &preview) {
            if (!preview) {
                emit message(preview.error());
                return;
            }
            reconcile::CsvMapping mapping = preview.value().mapping;
            mapping.name = tr("Sandbox receivables");
            importLedger(m_sandboxLedger, mapping);
        });
}

void ReconciliationPage::setNoteProvider(std::function<QString(const QString &)> provider)
{
    m_noteProvider = std::move(provider);
}

QString ReconciliationPage::summaryText() const
{
    return m_summary->text() + u'\n' + m_unmatched->text();
}

reconcile::ExceptionFilter ReconciliationPage::filter() const
{
    return reconcile::ExceptionFilter{m_kindFilter->currentData().toString(),
                                      m_reconciliationFilter->currentData().toString(),
                                      m_search->text().trimmed()};
}

reconcile::ReconcileOptions ReconciliationPage::periodOptions() const
{
    reconcile::ReconcileOptions options;
    if (!m_allTime->isChecked()) {
        options.from = m_from->date();
        options.to = m_to->date();
    }
    return options;
}

void ReconciliationPage::refresh()
{
    // The change feed asks for a refresh at every commit it passes on; while one is on its way,
    // later requests become one more refresh after it, not a queue of them behind a long run.
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    struct Snapshot
    {
        Result<reconcile::ReconcileOverview> overview = makeError(QString());
        Result<QList<reconcile::ExceptionRow>> rows = makeError(QString());
        Result<QList<reconcile::AuditRow>> audit = makeError(QString());
        bool offerSandbox = false;
    };
    const reconcile::ExceptionFilter currentFilter = filter();
    const QDate today = QDate::currentDate();
    const QString sandboxStatement = m_sandboxStatement, sandboxLedger = m_sandboxLedger;
    m_service->post<Snapshot>(
        this,
        [currentFilter, today, sandboxStatement, sandboxLedger](
            reconcile::ReconcileService &service) {
            Snapshot snapshot;
            snapshot.overview = service.overview();
            snapshot.rows = service.exceptions(currentFilter, today);
            snapshot.audit = service.audit(300);
            // The embedded sandbox writes its files as it starts: look again on every refresh.
            snapshot.offerSandbox = !sandboxStatement.isEmpty()
                                    && QFileInfo::exists(sandboxStatement)
                                    && QFileInfo::exists(sandboxLedger);
            return snapshot;
        },
        [this](const Snapshot &snapshot) {
            m_refreshing = false;
            m_importSandbox->setVisible(snapshot.offerSandbox);
            if (!snapshot.overview || !snapshot.rows || !snapshot.audit) {
                emit message(!snapshot.overview ? snapshot.overview.error()
                             : !snapshot.rows   ? snapshot.rows.error()
                                                : snapshot.audit.error());
                return;
            }
            showOverview(snapshot.overview.value());
            m_exceptions->setRows(snapshot.rows.value());
            showAudit(snapshot.audit.value());
            if (m_selected) {
                // Keep the selection on the same item if it is still an exception.
                for (int i = 0; i < m_exceptions->rowCount(); ++i)
                    if (m_exceptions->rowAt(i)->id == m_selected->id)
                        m_exceptionsView->selectRow(i);
            }
            if (m_refreshAgain) {
                m_refreshAgain = false;
                refresh(); // what this one may have missed; `refreshed` comes with that one
                return;
            }
            emit refreshed();
        });
}

void ReconciliationPage::showOverview(const reconcile::ReconcileOverview &o)
{
    const QLocale locale;
    if (o.bankEntries == 0 && o.ledgerEntries == 0) {
        m_summary->setText(
            tr("No bank statement or ledger imported yet. Import a camt.053, MT940 or CSV "
               "statement to reconcile %Ln payout(s).",
               nullptr,
               o.payoutsTotal));
    } else {
        const double share = o.payoutsTotal == 0 ? 0 : 100.0 * o.payoutsMatched / o.payoutsTotal;
        const QString ledger = o.ledgerEntries == 0 ? tr("no ledger imported")
                                                    : tr("charges matched to the ledger: %1 of %2")
                                                          .arg(locale.toString(o.chargesMatched),
                                                               locale.toString(o.chargesTotal));
        m_summary->setText(
            tr("Payouts matched to the bank: %1 of %2 (%3 %) · %4 · %Ln open exception(s)",
               nullptr,
               o.exceptions)
                .arg(locale.toString(o.payoutsMatched),
                     locale.toString(o.payoutsTotal),
                     locale.toString(share, 'f', 1),
                     ledger)
            + (o.lastRun.isEmpty()
                   ? tr(" · not reconciled yet")
                   : tr(" · last run %1")
                         .arg(locale.toString(QDateTime::fromString(o.lastRun, Qt::ISODate),
                                              QLocale::ShortFormat))));
    }
    m_unmatched->setText(tr("Unmatched — provider: %1 · bank: %2 · ledger: %3")
                             .arg(moneyMapText(o.unmatchedProvider),
                                  moneyMapText(o.unmatchedBank),
                                  moneyMapText(o.unmatchedLedger)));
}

QString ReconciliationPage::auditWhat(const reconcile::AuditRow &row)
{
    const QString source
        = QJsonDocument::fromJson(row.items.toUtf8()).object().value(u"source").toString();
    if (row.action == u"source_added")
        return tr("Source \"%1\" added").arg(source);
    if (row.action == u"source_changed")
        return tr("Source \"%1\" changed").arg(source);
    return row.action + u' ' + ExceptionsModel::reconciliationText(row.reconciliation);
}

QString ReconciliationPage::auditWhy(const reconcile::AuditRow &row)
{
    if (!row.action.startsWith(u"source_"))
        return row.note;
    // A source's change has no note: say which settings it touched (the tooltip has from → to).
    QStringList fields = QJsonDocument::fromJson(row.detail.toUtf8()).object().keys();
    return fields.join(QStringLiteral(", "));
}

void ReconciliationPage::showAudit(const QList<reconcile::AuditRow> &rows)
{
    m_audit->clear();
    const QLocale locale;
    for (const auto &row : rows) {
        auto *item = new QTreeWidgetItem(m_audit,
                                         {locale.toString(row.at, QLocale::ShortFormat),
                                          row.user,
                                          auditWhat(row),
                                          auditWhy(row)});
        item->setToolTip(3, row.detail);
    }
}

void ReconciliationPage::selectException(int row)
{
    const reconcile::ExceptionRow *exception = m_exceptions->rowAt(row);
    if (!exception)
        return;
    m_selected = *exception;
    const reconcile::ExceptionRow item = *exception;
    struct Detail
    {
        Result<QList<reconcile::CandidateRow>> candidates = makeError(QString());
        Result<QList<reconcile::MatchInfo>> matches = makeError(QString());
        Result<reconcile::PayoutTrail> trail = makeError(QString());
    };
    const quint64 request = ++m_detailRequest;
    m_service->post<Detail>(
        this,
        [item](reconcile::ReconcileService &service) {
            return Detail{
                service.candidates(item), service.matches(item), service.payoutTrail(item)};
        },
        [this, item, request](const Detail &detail) {
            if (request != m_detailRequest)
                return; // something else was asked for since
            showItem(item,
                     detail.candidates ? detail.candidates.value()
                                       : QList<reconcile::CandidateRow>{},
                     detail.matches ? detail.matches.value() : QList<reconcile::MatchInfo>{},
                     detail.trail ? detail.trail.value() : reconcile::PayoutTrail{});
        });
}

void ReconciliationPage::showItem(const reconcile::ExceptionRow &row,
                                  const QList<reconcile::CandidateRow> &candidates,
                                  const QList<reconcile::MatchInfo> &matches,
                                  const reconcile::PayoutTrail &trail)
{
    const QLocale locale;
    if (row.kind.isEmpty() && !trail.id.isEmpty()) // a payout's trail asked for by its id
        m_itemTitle->setText(tr("<b>Payout %1</b>: its balance transactions and bank lines")
                                 .arg(trail.id.toHtmlEscaped()));
    if (!row.kind.isEmpty()) {
        m_itemTitle->setText(tr("<b>%1</b> — %2 %3, %4: %5")
                                 .arg(ExceptionsModel::kindText(row.kind),
                                      ExceptionsModel::sideText(row.side),
                                      row.reference.toHtmlEscaped(),
                                      moneyText(row.amount, row.currency, locale),
                                      row.detail.toHtmlEscaped()));
        m_candidates->setRows(candidates);
        m_shownMatches = matches;
        QString html;
        if (matches.isEmpty())
            html = tr("<p>Not matched.</p>");
        for (const auto &m : matches) {
            html += tr("<p><b>%1</b> (score %2, %3)<br>%4</p>")
                        .arg(m.rule.toHtmlEscaped(),
                             locale.toString(m.score, 'f', 2),
                             m.decided == u"rule" ? tr("by the rules")
                                                  : tr("by %1").arg(m.decidedBy.toHtmlEscaped()),
                             m.explanation.toHtmlEscaped());
            html += tr("<p>Provider: %1<br>Other side: %2</p>")
                        .arg(m.leftItems.join(QStringLiteral(", ")).toHtmlEscaped(),
                             m.rightItems.join(QStringLiteral(", ")).toHtmlEscaped());
            if (!m.note.isEmpty())
                html += tr("<p>Note: %1</p>").arg(m.note.toHtmlEscaped());
        }
        m_explanation->setHtml(html);
        // A matched item is about its explanation; an open one about what could complete it.
        if (m_tabs->currentIndex() < 2)
            m_tabs->setCurrentIndex(matches.isEmpty() ? 0 : 1);
    }
    m_trail->clear();
    if (!trail.id.isEmpty()) {
        auto *payout = new QTreeWidgetItem(m_trail,
                                           {tr("Payout %1").arg(trail.id),
                                            locale.toString(trail.arrival, QLocale::ShortFormat),
                                            moneyText(trail.amount, trail.currency, locale),
                                            trail.status});
        auto *transactions = new QTreeWidgetItem(
            payout,
            {tr("%Ln balance transaction(s)", nullptr, int(trail.transactions.size())),
             QString(),
             moneyText(trail.transactionsNet, trail.currency, locale),
             trail.transactionsNet == trail.amount
                 ? tr("net equals the payout")
                 : tr("net differs by %1")
                       .arg(moneyText(
                           trail.amount - trail.transactionsNet, trail.currency, locale))});
        for (const auto &t : trail.transactions)
            new QTreeWidgetItem(transactions,
                                {t.id + u' ' + t.type,
                                 locale.toString(t.created, QLocale::ShortFormat),
                                 moneyText(t.net, trail.currency, locale),
                                 tr("amount %1, fee %2")
                                     .arg(moneyText(t.amount, trail.currency, locale),
                                          moneyText(t.fee, trail.currency, locale))});
        auto *lines = new QTreeWidgetItem(
            payout, {tr("%Ln bank line(s)", nullptr, int(trail.bankLines.size()))});
        for (const auto &line : trail.bankLines)
            new QTreeWidgetItem(lines,
                                {line.text,
                                 locale.toString(line.booked, QLocale::ShortFormat),
                                 moneyText(line.amount, line.currency, locale),
                                 tr("matched by %1").arg(line.rule)});
        payout->setExpanded(true);
        lines->setExpanded(true);
    }
}

QString ReconciliationPage::askNote(const QString &question)
{
    if (m_noteProvider)
        return m_noteProvider(question);
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(this, tr("Note"), question, QString(), &ok);
    return ok ? note.trimmed() : QString();
}

void ReconciliationPage::matchSelected()
{
    if (!m_selected) {
        emit message(tr("Select an exception first."));
        return;
    }
    const auto selected = m_candidatesView->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        emit message(tr("Select one or more candidates to match with."));
        return;
    }
    reconcile::ManualDecision decision;
    decision.reconciliation = m_selected->reconciliation;
    decision.user = reconcile::currentUser();
    std::vector<qint64> others;
    for (const QModelIndex &index : selected)
        if (const auto *candidate = m_candidates->rowAt(index.row()))
            others.push_back(candidate->id);
    if (m_selected->side == u"provider") {
        decision.leftIds = {m_selected->itemId};
        decision.rightIds = others;
    } else {
        decision.leftIds = others;
        decision.rightIds = {m_selected->itemId};
    }
    decision.note = askNote(tr("Why do these belong together?"));
    if (decision.note.isEmpty()) {
        emit message(tr("Not matched: a note is required."));
        return;
    }
    m_undo->push(new DecideCommand(m_runner, DecideCommand::Kind::Match, decision));
}

void ReconciliationPage::writeOffSelected()
{
    if (!m_selected || m_selected->side == u"statement") {
        emit message(tr("Select a provider, bank or ledger exception to write off."));
        return;
    }
    reconcile::ManualDecision decision;
    decision.reconciliation = m_selected->reconciliation;
    decision.user = reconcile::currentUser();
    if (m_selected->side == u"provider")
        decision.leftIds = {m_selected->itemId};
    else
        decision.rightIds = {m_selected->itemId};
    decision.note = askNote(tr("Why is this written off?"));
    if (decision.note.isEmpty()) {
        emit message(tr("Not written off: a note is required."));
        return;
    }
    m_undo->push(new DecideCommand(m_runner, DecideCommand::Kind::WriteOff, decision));
}

void ReconciliationPage::unmatchShown()
{
    if (m_shownMatches.isEmpty()) {
        emit message(tr("The selected item has no match to undo."));
        return;
    }
    const QString note = askNote(tr("Why is this match wrong?"));
    if (note.isEmpty()) {
        emit message(tr("Not unmatched: a note is required."));
        return;
    }
    m_undo->push(
        new UnmatchCommand(m_runner, m_shownMatches.first().group, note, reconcile::currentUser()));
}

void ReconciliationPage::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_progress->setValue(0);
    m_progress->setFormat(what.isEmpty() ? QStringLiteral("%p%") : what + QStringLiteral(" %p%"));
    emit busyChanged(busy);
}

void ReconciliationPage::cancel()
{
    m_service->cancelFlag() = true;
}

void ReconciliationPage::chooseStatements()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this,
        tr("Import bank statements"),
        QString(),
        tr("Bank statements (*.xml *.sta *.940 *.mt940 *.txt *.csv);;All files (*)"));
    QStringList csv, others;
    for (const QString &file : files)
        (file.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ? csv : others) << file;
    if (!others.isEmpty())
        importStatements(others);
    // A CSV export's columns are shown before anything is imported.
    for (const QString &file : csv)
        previewCsv(file,
                   reconcile::CsvMapping::Kind::Statement,
                   [this, file](const reconcile::CsvMapping &mapping) {
                       importStatements({file}, mapping);
                   });
}

void ReconciliationPage::previewCsv(const QString &file,
                                    reconcile::CsvMapping::Kind kind,
                                    std::function<void(const reconcile::CsvMapping &)> accepted)
{
    m_service->post<Result<reconcile::CsvPreview>>(
        this,
        [file, kind](reconcile::ReconcileService &service) {
            return service.previewCsv(file, kind);
        },
        [this, accepted](const Result<reconcile::CsvPreview> &preview) {
            if (!preview) {
                QMessageBox::warning(this, tr("Import"), preview.error());
                return;
            }
            CsvPreviewDialog dialog(preview.value(), this);
            if (dialog.exec() == QDialog::Accepted)
                accepted(dialog.mapping());
        });
}

void ReconciliationPage::importStatements(const QStringList &files,
                                          const std::optional<reconcile::CsvMapping> &csvMapping)
{
    struct Outcome
    {
        QStringList lines;
        int failures = 0;
    };
    setBusy(true, tr("Importing"));
    const QPointer<ReconciliationPage> self(this);
    m_service->post<Outcome>(
        this,
        [files, csvMapping, self](reconcile::ReconcileService &service) {
            Outcome outcome;
            for (int i = 0; i < files.size(); ++i) {
                if (service.cancelFlag()) {
                    outcome.lines << tr(
                        "Cancelled; %n file(s) not imported.", nullptr, int(files.size() - i));
                    break;
                }
                const reconcile::StatementImportOutcome imported
                    = service.importStatement(files[i], csvMapping);
                outcome.lines << importLine(imported);
                outcome.failures += imported.report ? 0 : 1;
                postProgress(self, int(100 * (i + 1) / files.size()));
            }
            return outcome;
        },
        [this](const Outcome &outcome) {
            setBusy(false);
            emit message(outcome.lines.join(QStringLiteral(" · ")));
            if (outcome.failures > 0 && !m_noteProvider)
                QMessageBox::warning(this, tr("Import"), outcome.lines.join(u'\n'));
            refresh();
        });
}

QString ReconciliationPage::importLine(const reconcile::StatementImportOutcome &imported)
{
    const QString name = QFileInfo(imported.file).fileName();
    if (!imported.report)
        return imported.report.error();
    const QString preset = imported.presetProblem.isEmpty()
                               ? QString()
                               : tr(" — the preset was not kept: %1").arg(imported.presetProblem);
    if (imported.report.value().alreadyImported)
        return tr("%1: already imported").arg(name) + preset;
    int entries = 0, duplicates = 0, failed = 0;
    for (const auto &s : imported.report.value().statements) {
        entries += s.newEntries;
        duplicates += s.duplicates;
        failed += s.proofDifference.value_or(0) != 0 ? 1 : 0;
    }
    return tr("%1: %n statement(s), %2 new entries, %3 already known",
              nullptr,
              int(imported.report.value().statements.size()))
               .arg(name)
               .arg(entries)
               .arg(duplicates)
           + (failed > 0 ? tr(" — balance proof FAILED for %n statement(s)", nullptr, failed)
                         : QString())
           + preset
           + (imported.report.value().notes.isEmpty()
                  ? QString()
                  : QStringLiteral(" — ")
                        + imported.report.value().notes.join(QStringLiteral("; ")));
}

void ReconciliationPage::postProgress(const QPointer<ReconciliationPage> &page, int percent)
{
    QMetaObject::invokeMethod(
        page.data(),
        [page, percent] {
            if (page)
                page->m_progress->setValue(percent);
        },
        Qt::QueuedConnection);
}

void ReconciliationPage::chooseLedger()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import ledger export"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (file.isEmpty())
        return;
    previewCsv(file,
               reconcile::CsvMapping::Kind::Ledger,
               [this, file](const reconcile::CsvMapping &mapping) { importLedger(file, mapping); });
}

void ReconciliationPage::importLedger(const QString &file, const reconcile::CsvMapping &mapping)
{
    using Outcome = std::pair<Result<reconcile::LedgerImportReport>, QString>;
    setBusy(true, tr("Importing"));
    m_service->post<Outcome>(
        this,
        [file, mapping](reconcile::ReconcileService &service) {
            QString presetProblem;
            auto report = service.importLedger(file, mapping, true, &presetProblem);
            return Outcome{report, presetProblem};
        },
        [this, file](const Outcome &outcome) {
            const auto &[report, presetProblem] = outcome;
            setBusy(false);
            const QString name = QFileInfo(file).fileName();
            const QString preset
                = presetProblem.isEmpty()
                      ? QString()
                      : tr(" — the preset \"%1\" was not kept: %2").arg(name, presetProblem);
            emit message(!report                          ? report.error()
                         : report.value().alreadyImported ? tr("%1: already imported").arg(name)
                                                          : tr("%1: %2 ledger entries, %3 new")
                                                                    .arg(name)
                                                                    .arg(report.value().entries)
                                                                    .arg(report.value().newEntries)
                                                                + preset);
            refresh();
        });
}

void ReconciliationPage::run(bool dryRun)
{
    reconcile::ReconcileOptions options = periodOptions();
    options.dryRun = dryRun;
    setBusy(true, dryRun ? tr("Dry run") : tr("Reconciling"));
    const QPointer<ReconciliationPage> self(this);
    options.progress = [self](int percent) {
        postProgress(self, percent);
    };
    m_service->post<Result<reconcile::ReconcileSummary>>(
        this,
        [options](reconcile::ReconcileService &service) { return service.reconcile(options); },
        [this, dryRun](const Result<reconcile::ReconcileSummary> &summary) {
            setBusy(false);
            if (!summary) {
                emit message(summary.error());
                return;
            }
            const QString result = runMessage(summary.value(), dryRun);
            m_lastRun->setText(result); // stays: a long run's result is not a passing message
            m_lastRun->show();
            emit message(result);
            refresh();
        });
}

QString ReconciliationPage::lastRunText() const
{
    return m_lastRun->text();
}

QString ReconciliationPage::runMessage(const reconcile::ReconcileSummary &summary, bool dryRun)
{
    const QLocale locale;
    int exceptions = 0;
    QStringList parts;
    // What was checked against what; what could not be, and why (no statement: no bank check).
    const std::pair<const char *, QString> names[]
        = {{reconcile::kPayoutBank, tr("payouts against the bank")},
           {reconcile::kChargeLedger, tr("charges against the ledger")},
           {reconcile::kPayoutTransactions, tr("payouts against their balance transactions")}};
    for (const auto &[key, label] : names) {
        const auto it = summary.parts.find(QString::fromLatin1(key));
        if (it == summary.parts.end())
            continue;
        const auto &part = it->second;
        if (part.skipped) {
            parts << tr("%1 not checked (%2)").arg(label, part.skipReason);
            continue;
        }
        int open = 0;
        for (const auto &[kind, count] : part.exceptionCounts)
            open += count;
        exceptions += open;
        parts << tr("%1: %2 of %3 matched")
                     .arg(label,
                          locale.toString(part.provider.matched),
                          locale.toString(part.provider.total));
    }
    const QString detail = parts.join(QStringLiteral("; "));
    if (dryRun)
        return tr("Dry run: %1 matches would be added, %2 removed, %3 stay; %4 exceptions. %5.")
            .arg(locale.toString(summary.wouldAdd),
                 locale.toString(summary.wouldRemove),
                 locale.toString(summary.unchanged),
                 locale.toString(exceptions),
                 detail);
    return tr("Reconciled at %1: %2. %3 open exceptions, %4 manual decisions kept.")
        .arg(locale.toString(QTime::currentTime(), QLocale::ShortFormat),
             detail,
             locale.toString(exceptions),
             locale.toString(summary.manualKept));
}

} // namespace paydeck::ui
