#pragma once

#include "store/sources.h"

#include <QDialog>

class QLineEdit;
class QLabel;

namespace paydeck::ui {

/// Add or edit a Stripe account: name, API base URL, secret key and an optional CA/pinned
/// certificate. TLS verification cannot be switched off here; a CA file adds trust instead.
class SourceDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SourceDialog(const store::SourceConfig &source, QWidget *parent = nullptr);
    store::SourceConfig source() const;
    /// Empty when the entries are usable, else what is wrong.
    QString validationError() const;
    /// An existing source: its secrets are not shown, and empty fields keep them.
    bool editing() const;

private:
    void validate();

    store::SourceConfig m_source;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_key;
    QLineEdit *m_ca;
    QLineEdit *m_webhookListen;
    QLineEdit *m_webhookSecret;
    QLabel *m_problem;
};

} // namespace paydeck::ui
