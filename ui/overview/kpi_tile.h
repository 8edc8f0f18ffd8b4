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
    /// A value with a free second line (a trend, a comparison), and the detail as tooltip.
    void setFigure(const QString &value, const QString &note, const QString &detail = {});
    QString value() const;
    QString note() const;

private:
    QLabel *m_today;
    QLabel *m_week;
};

} // namespace paydeck::ui
