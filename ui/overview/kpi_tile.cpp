#include "kpi_tile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace paydeck::ui {

KpiTile::KpiTile(const QString &title, QWidget *parent)
    : QFrame(parent), m_today(new QLabel(QStringLiteral("—"), this)), m_week(new QLabel(this))
{
    setObjectName(QStringLiteral("kpiTile"));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(180);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("kpiTitle"));
    m_today->setObjectName(QStringLiteral("kpiValue"));
    m_today->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_today->setWordWrap(true);
    m_week->setObjectName(QStringLiteral("kpiSecondary"));
    m_week->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(m_today);
    layout->addWidget(m_week);
    layout->addStretch();
}

void KpiTile::setValues(const QString &today, const QString &week)
{
    m_today->setText(today);
    m_week->setText(tr("Last 7 days: %1").arg(week));
}

void KpiTile::setFigure(const QString &value, const QString &note, const QString &detail)
{
    m_today->setText(value);
    m_week->setText(note);
    setToolTip(detail);
}

QString KpiTile::value() const
{
    return m_today->text();
}

QString KpiTile::note() const
{
    return m_week->text();
}

} // namespace paydeck::ui
