#include "source_dialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>

namespace paydeck::ui {

SourceDialog::SourceDialog(const store::SourceConfig &source, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_name(new QLineEdit(source.name, this))
    , m_url(new QLineEdit(source.baseUrl.isEmpty() ? QStringLiteral("https://api.stripe.com")
                                                   : source.baseUrl,
                          this))
    , m_key(new QLineEdit(source.apiKey, this))
    , m_ca(new QLineEdit(source.caCertificate, this))
    , m_webhookListen(new QLineEdit(source.webhookListen, this))
    , m_webhookSecret(new QLineEdit(source.webhookSecret, this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(source.id ? tr("Edit Stripe account") : tr("Add Stripe account"));
    auto *form = new QFormLayout;
    m_name->setPlaceholderText(tr("e.g. Acme EU"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("API &URL:"), m_url);
    m_key->setEchoMode(QLineEdit::Password);
    // Editing: the key is not shown; left empty, the one kept in the secret store stays.
    m_key->setPlaceholderText(editing() ? tr("unchanged (kept in the keychain)")
                                        : tr("sk_live_… or a restricted key rk_live_…"));
    form->addRow(tr("Secret &key:"), m_key);
    auto *caRow = new QHBoxLayout;
    m_ca->setPlaceholderText(tr("optional: PEM file of a CA or pinned certificate"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(browse);
    form->addRow(tr("Trusted &certificate:"), caRow);
    m_webhookListen->setPlaceholderText(tr("optional: 127.0.0.1:8787, for Stripe webhooks"));
    form->addRow(tr("&Webhook endpoint:"), m_webhookListen);
    m_webhookSecret->setEchoMode(QLineEdit::Password);
    m_webhookSecret->setPlaceholderText(editing() && !source.webhookListen.isEmpty()
                                            ? tr("unchanged (kept in the keychain)")
                                            : tr("whsec_…"));
    form->addRow(tr("Webhook signing &secret:"), m_webhookSecret);
    auto *note
        = new QLabel(tr("Connections are always verified. A certificate file adds trust for a "
                        "private CA or pins a self-signed server; it never turns checks off."),
                     this);
    note->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file
            = QFileDialog::getOpenFileName(this,
                                           tr("Trusted certificate"),
                                           QString(),
                                           tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_ca->setText(file);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_url, m_key, m_ca, m_webhookListen, m_webhookSecret})
        connect(edit, &QLineEdit::textChanged, this, &SourceDialog::validate);
    validate();
}

bool SourceDialog::editing() const
{
    return m_source.id != 0;
}

QString SourceDialog::validationError() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the account a name.");
    const QUrl url(m_url->text().trimmed());
    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty())
        return tr("The API URL must start with https://.");
    if (m_key->text().trimmed().isEmpty() && !editing())
        return tr("Enter the account's secret key.");
    if (!m_ca->text().trimmed().isEmpty() && !QFileInfo(m_ca->text().trimmed()).isReadable())
        return tr("The certificate file %1 cannot be read.").arg(m_ca->text().trimmed());
    const QString listen = m_webhookListen->text().trimmed();
    if (!listen.isEmpty()) {
        const qsizetype colon = listen.lastIndexOf(u':');
        bool ok = colon > 0 && listen.startsWith(u"127.");
        const uint port = ok ? listen.mid(colon + 1).toUInt(&ok) : 0;
        if (!ok || port == 0 || port > 65535)
            return tr("The webhook endpoint must be 127.0.0.1:PORT.");
        const QString secret = m_webhookSecret->text().trimmed();
        const bool kept = secret.isEmpty() && editing() && !m_source.webhookListen.isEmpty();
        if (!kept && !secret.startsWith(u"whsec_"))
            return tr("Enter the endpoint's signing secret (whsec_…) from the Stripe dashboard.");
    }
    return {};
}

void SourceDialog::validate()
{
    const QString error = validationError();
    m_problem->setText(error);
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Save)->setEnabled(error.isEmpty());
}

store::SourceConfig SourceDialog::source() const
{
    store::SourceConfig out = m_source;
    out.name = m_name->text().trimmed();
    out.baseUrl = m_url->text().trimmed();
    out.apiKey = m_key->text().trimmed();
    out.caCertificate = m_ca->text().trimmed().isEmpty()
                            ? QString()
                            : QFileInfo(m_ca->text().trimmed()).absoluteFilePath();
    out.isSandbox = false;
    out.webhookListen = m_webhookListen->text().trimmed();
    out.webhookSecret = m_webhookSecret->text().trimmed();
    return out;
}

} // namespace paydeck::ui
