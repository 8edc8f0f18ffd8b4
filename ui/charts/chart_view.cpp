#include "chart_view.h"

#include <QAction>
#include <QFileDialog>
#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QSvgGenerator>

namespace paydeck::ui {

ChartView::ChartView(QChart *chart, const QString &fileStem, QWidget *parent)
    : QChartView(chart, parent), m_fileStem(fileStem)
{
    setRenderHint(QPainter::Antialiasing);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *png = new QAction(tr("Save chart as PNG…"), this);
    connect(png, &QAction::triggered, this, [this] { saveAs(QStringLiteral("png")); });
    auto *svg = new QAction(tr("Save chart as SVG…"), this);
    connect(svg, &QAction::triggered, this, [this] { saveAs(QStringLiteral("svg")); });
    addActions({png, svg});
}

void ChartView::saveAs(const QString &suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Save chart"),
                                                      folder + u'/' + m_fileStem + u'.' + suffix,
                                                      suffix == u"svg" ? tr("SVG image (*.svg)")
                                                                       : tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    const QString error = save(path);
    emit saved(error.isEmpty() ? tr("Chart saved to %1").arg(path) : error);
}

QString ChartView::save(const QString &path)
{
    const QSize size = viewport()->size().expandedTo(QSize(400, 240));
    if (path.endsWith(u".svg", Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(chart()->title().isEmpty() ? m_fileStem : chart()->title());
        QPainter painter;
        if (!painter.begin(&svg))
            return tr("Cannot write %1.").arg(path);
        render(&painter, QRectF(QPointF(0, 0), size), viewport()->rect());
        painter.end();
        return QString();
    }
    // Twice the pixels on screen: sharp in a report.
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        render(&painter, QRectF(image.rect()), viewport()->rect());
    }
    if (!image.save(path, "PNG"))
        return tr("Cannot write %1.").arg(path);
    return QString();
}

} // namespace paydeck::ui
