#pragma once

#include <QDialog>

class QComboBox;

namespace paydeck::ui {

/// Application settings: the interface language (system, English, German).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    /// "" for the system's language, else "en" or "de".
    static QString savedLanguage();
    static void saveLanguage(const QString &language);
    QString language() const;

private:
    QComboBox *m_language;
};

} // namespace paydeck::ui
