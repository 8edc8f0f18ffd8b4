#pragma once

#include <QFrame>

class QLabel;

namespace paydeck::ui {

/// One figure of the Overview: a title, today's value large, and the last 7 days below it.
class KpiTile final : public QFrame
{
    Q_OBJECT
public:
    explicit KpiTile(const QString &title, QWidget *parent = nullptr);
    void setValues(const QString &today, const QString &week);

private:
    QLabel *m_today;
    QLabel *m_week;
};

} // namespace paydeck::ui
