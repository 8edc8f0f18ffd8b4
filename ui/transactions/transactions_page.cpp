#include "transactions_page.h"

#include "common/money_text.h"
#include "drill_down_panel.h"
#include "filter_bar.h"
#include "transactions_model.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace paydeck::ui {

namespace {
constexpr int kTrailPayoutRole = Qt::UserRole + 1; // a bank line: its payout's trail
}

TransactionsPage::TransactionsPage(store::StoreReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_model(new TransactionsModel(reader, this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_detail(new QTreeWidget(this))
    , m_count(new QLabel(this))
    , m_filters(new FilterBar(this))
    , m_hint(new QLabel(this))
    , m_searchDelay(new QTimer(this))
    , m_stack(new QStackedWidget(this))
    , m_drillDown(new DrillDownPanel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_search->setPlaceholderText(
        tr("Search by ID, charge, payout, description, e-mail or card digits"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search transactions"));
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    layout->addLayout(bar);
    layout->addWidget(m_filters);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);
    m_hint->setObjectName(QStringLiteral("searchHint"));
    m_hint->setVisible(false);
    connect(m_hint, &QLabel::linkActivated, this, &TransactionsPage::onHintLink);
    layout->addWidget(m_hint);

    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(int(store::TransactionColumn::Created), Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Uniform row heights: the view never measures a million rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Created holds a date and a time with seconds; ids stay whole.
    const int widths[] = {170, 90, 200, 220, 110, 90, 110, 70, 80, 230, 230};
    for (int column = 0; column < int(store::TransactionColumn::Count); ++column)
        m_view->setColumnWidth(column, widths[column]);

    m_detail->setColumnCount(2);
    m_detail->setHeaderLabels({tr("Field"), tr("Value")});
    m_detail->setRootIsDecorated(true);
    m_detail->setAlternatingRowColors(true);
    m_detail->setMinimumWidth(320);
    // Ids whole (scroll sideways rather than cut), and the selected value copyable.
    m_detail->setTextElideMode(Qt::ElideNone);
    m_detail->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_detail->header()->setStretchLastSection(false);
    m_detail->setSelectionBehavior(QAbstractItemView::SelectItems);
    auto *copy = new QAction(tr("Copy value"), m_detail);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &TransactionsPage::copyDetailValue);
    m_detail->addAction(copy);
    m_detail->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_drillDown);
    layout->addWidget(m_stack, 1);
    connect(m_drillDown, &DrillDownPanel::closed, this, &TransactionsPage::closeDrillDown);
    connect(m_drillDown, &DrillDownPanel::objectActivated, this, [this](const QString &id) {
        closeDrillDown();
        search(id);
    });

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textEdited, this, &TransactionsPage::closeDrillDown);
    connect(
        m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    connect(m_model, &TransactionsModel::rowsUpdated, this, &TransactionsPage::updateCount);
    connect(m_model, &TransactionsModel::rowsUpdated, this, &TransactionsPage::followSelection);
    connect(m_model, &TransactionsModel::loadingChanged, this, &TransactionsPage::updateCount);
    connect(m_model, &TransactionsModel::rowsUpdated, this, &TransactionsPage::updateHint);
    connect(m_model, &TransactionsModel::hintChanged, this, &TransactionsPage::updateHint);
    connect(
        m_filters, &FilterBar::changed, this, [this] { m_model->setFilter(m_filters->filter()); });
    connect(reader,
            &store::StoreReader::filterChoicesReady,
            m_filters,
            &FilterBar::setChoices,
            Qt::QueuedConnection);
    connect(reader,
            &store::StoreReader::indexReady,
            this,
            &TransactionsPage::refresh,
            Qt::QueuedConnection);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) {
                const qint64 key = m_model->keyAt(current.row());
                if (key == 0 || key == m_shownKey)
                    return;
                m_shownKey = key;
                store::StoreReader *r = m_reader;
                QMetaObject::invokeMethod(
                    r, [r, key] { r->fetchDetail(key); }, Qt::QueuedConnection);
            });
    connect(reader,
            &store::StoreReader::detailReady,
            this,
            &TransactionsPage::showDetail,
            Qt::QueuedConnection);
    connect(reader,
            &store::StoreReader::trailReady,
            this,
            &TransactionsPage::showTrail,
            Qt::QueuedConnection);
    connect(m_detail, &QTreeWidget::itemActivated, this, &TransactionsPage::followTrailItem);
    updateCount();
}

void TransactionsPage::refresh()
{
    m_model->refresh();
    store::StoreReader *r = m_reader;
    QMetaObject::invokeMethod(
        r, [r] { r->fetchFilterChoices(); }, Qt::QueuedConnection);
}

void TransactionsPage::showDrillDown(const analytics::DrillAnswer &answer)
{
    m_drillDown->show(answer);
    m_stack->setCurrentWidget(m_drillDown);
}

void TransactionsPage::closeDrillDown()
{
    m_stack->setCurrentIndex(0);
}

bool TransactionsPage::showsDrillDown() const
{
    return m_stack->currentWidget() == m_drillDown;
}

QString TransactionsPage::hintText() const
{
    return m_hint->isVisible() ? m_hint->text() : QString();
}

void TransactionsPage::updateHint()
{
    const store::TransactionQuery &query = m_model->query();
    const QString term = query.search.trimmed();
    const bool nothing = m_model->rowCount() == 0 && !m_model->isLoading()
                         && (!term.isEmpty() || !query.filter.isEmpty());
    if (!nothing) {
        m_hint->setVisible(false);
        return;
    }
    const store::SearchHint &hint = m_model->hint();
    QStringList lines;
    lines << (term.isEmpty() ? tr("No transaction matches these filters.")
                             : tr("No transaction matches “%1”.").arg(term.toHtmlEscaped()));
    if (hint.withoutFilters > 0)
        lines << tr("%Ln without the filters.", nullptr, int(hint.withoutFilters))
                     + QStringLiteral(" <a href=\"clear-filters\">%1</a>").arg(tr("Clear filters"));
    if (!hint.didYouMean.isEmpty())
        lines << tr("Did you mean %1?")
                     .arg(QStringLiteral("<a href=\"search:%1\">%1</a>")
                              .arg(hint.didYouMean.toHtmlEscaped()));
    for (const store::ObjectMention &object : hint.objects)
        lines << tr("%1 is a %2 (%3): only money that moved has a balance transaction.")
                     .arg(object.id.toHtmlEscaped(), object.type, object.status);
    if (hint.didYouMean.isEmpty() && hint.objects.isEmpty() && !term.isEmpty())
        lines << tr("Ids are found by their beginning, text anywhere in descriptions, e-mails "
                    "and names, four digits as a card's last four.");
    m_hint->setText(lines.join(u' '));
    m_hint->setVisible(true);
}

void TransactionsPage::showTrail(qint64 key,
                                 const QString &source,
                                 const QString &transaction,
                                 const reconcile::PayoutTrail &payout)
{
    if (key != m_shownKey)
        return;
    auto *trail = new QTreeWidgetItem({tr("Trail"), QString()});
    m_detail->insertTopLevelItem(0, trail);
    QFont bold = trail->font(0);
    bold.setBold(true);
    trail->setFont(0, bold);
    const auto step = [&](const QString &what, const QString &id, const QString &text) {
        auto *item = new QTreeWidgetItem(trail, {what, text});
        item->setToolTip(1, text);
        if (id.isEmpty())
            return item;
        // A link: activating it (double-click, Enter) shows the transactions of that id.
        item->setData(1, Qt::UserRole, id);
        item->setForeground(1, palette().link());
        QFont link = item->font(1);
        link.setUnderline(true);
        item->setFont(1, link);
        item->setToolTip(1, tr("%1 — double-click to show its transactions").arg(text));
        return item;
    };
    if (!source.isEmpty())
        step(tr("From"), source, source);
    step(tr("Transaction"), transaction, transaction);
    if (payout.id.isEmpty()) {
        step(tr("Payout"), QString(), tr("not paid out yet"));
    } else {
        QString text = payout.id;
        if (!payout.status.isEmpty())
            text += QStringLiteral(" · %1").arg(payout.status);
        if (payout.arrival.isValid())
            text
                += QStringLiteral(" · ")
                   + tr("arrives %1").arg(QLocale().toString(payout.arrival, QLocale::ShortFormat));
        step(tr("Payout"), payout.id, text);
        for (const reconcile::PayoutTrail::Line &line : payout.bankLines) {
            QTreeWidgetItem *item
                = step(tr("Bank line"),
                       QString(),
                       QStringLiteral("%1 · %2 · %3")
                           .arg(QLocale().toString(line.booked, QLocale::ShortFormat),
                                moneyText(line.amount, line.currency),
                                line.text));
            // A link to the payout's trail on the Reconciliation screen.
            item->setData(1, kTrailPayoutRole, payout.id);
            item->setForeground(1, palette().link());
            QFont link = item->font(1);
            link.setUnderline(true);
            item->setFont(1, link);
            item->setToolTip(
                1, tr("%1 — double-click to see it in Reconciliation").arg(item->text(1)));
        }
        if (payout.bankLines.isEmpty())
            step(tr("Bank line"), QString(), tr("none matched yet (see Reconciliation)"));
    }
    trail->setExpanded(true);
}

void TransactionsPage::followTrailItem(QTreeWidgetItem *item)
{
    if (!item)
        return;
    if (const QString payout = item->data(1, kTrailPayoutRole).toString(); !payout.isEmpty())
        emit payoutTrailRequested(payout);
    else if (const QString id = item->data(1, Qt::UserRole).toString(); !id.isEmpty())
        search(id);
}

void TransactionsPage::onHintLink(const QString &link)
{
    if (link == u"clear-filters")
        m_filters->clear();
    else if (link.startsWith(u"search:"))
        search(link.mid(7));
}

void TransactionsPage::search(const QString &text)
{
    m_search->setText(text);
    m_searchDelay->stop();
    m_model->setSearch(text);
}

QString TransactionsPage::countText() const
{
    return m_count->text();
}

void TransactionsPage::updateCount()
{
    QString count = tr("%Ln transaction(s)", nullptr, m_model->rowCount());
    if (m_model->sortsPerCurrency())
        count = tr("%1, amounts sorted within each currency (no exchange rates yet)").arg(count);
    m_count->setText(m_model->isLoading() ? tr("%1 (updating…)").arg(count) : count);
}

void TransactionsPage::followSelection()
{
    if (m_shownKey == 0)
        return;
    const int row = m_model->rowOfKey(m_shownKey);
    if (row < 0) {
        m_shownKey = 0;
        m_detail->clear();
        m_view->selectionModel()->clearSelection();
        return;
    }
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TransactionsPage::copyDetailValue()
{
    if (const QTreeWidgetItem *item = m_detail->currentItem())
        QGuiApplication::clipboard()->setText(item->text(1).isEmpty() ? item->text(0)
                                                                      : item->text(1));
}

void TransactionsPage::showDetail(qint64 key, const store::DetailFields &fields)
{
    if (key != m_shownKey)
        return;
    m_detail->clear();
    QTreeWidgetItem *section = nullptr;
    for (const auto &[name, value] : fields) {
        if (name.startsWith(u'#')) {
            section = new QTreeWidgetItem(m_detail, {name.mid(1), QString()});
            QFont bold = section->font(0);
            bold.setBold(true);
            section->setFont(0, bold);
            section->setExpanded(true);
            continue;
        }
        auto *item = section ? new QTreeWidgetItem(section, {name, value})
                             : new QTreeWidgetItem(m_detail, {name, value});
        item->setToolTip(1, value);
    }
    m_detail->resizeColumnToContents(0);
}

} // namespace paydeck::ui
