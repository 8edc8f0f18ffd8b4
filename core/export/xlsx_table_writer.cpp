// XLSX through libxlsxwriter in its constant-memory mode (a row is written out as soon as the
// next begins, so a million rows cost no more memory than ten): typed cells, a number format
// per currency exponent, moments as dates, the header frozen with an autofilter over it, widths
// by kind. A sheet holds 1,048,575 rows below its header; more go on to a next sheet with the
// same header. Written to a temporary file beside the target and renamed over it at the end.
#include "table_export.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>

namespace paydeck::exporting {

namespace {

constexpr lxw_row_t kRowsPerSheet = LXW_ROW_MAX - 1; // below the header

double columnWidth(const ExportColumn &column)
{
    const double byKind = column.kind == CellKind::Moment    ? 19
                          : column.kind == CellKind::Money   ? 14
                          : column.kind == CellKind::Integer ? 10
                                                             : 18;
    return std::max(byKind, double(column.header.size()) + 2);
}

class XlsxTableWriter final : public TableWriter
{
public:
    XlsxTableWriter(const QString &path, const std::vector<ExportColumn> &columns, QString sheet)
        : m_path(path), m_columns(columns), m_sheetName(std::move(sheet))
    {}

    ~XlsxTableWriter() override
    {
        if (m_workbook)
            lxw_workbook_free(m_workbook); // not finished: nothing is written
        if (!m_temporary.isEmpty())
            QFile::remove(m_temporary);
    }

    QString open()
    {
        // A name of our own beside the target (same file system: the rename is atomic).
        QTemporaryFile reserve(m_path + QStringLiteral(".XXXXXX.part"));
        if (!reserve.open())
            return m_path + QStringLiteral(": ") + reserve.errorString();
        m_temporary = reserve.fileName();
        reserve.setAutoRemove(false);
        reserve.close();
        m_tmpdir = QFile::encodeName(QFileInfo(m_path).absolutePath());
        m_file = QFile::encodeName(m_temporary);
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        options.tmpdir = m_tmpdir.data();
        options.use_zip64 = LXW_TRUE; // a million rows pass 4 GB of XML uncompressed
        m_workbook = workbook_new_opt(m_file.constData(), &options);
        if (!m_workbook)
            return m_path + QStringLiteral(": ") + QObject::tr("the workbook could not be created");
        m_header = workbook_add_format(m_workbook);
        format_set_bold(m_header);
        m_moment = workbook_add_format(m_workbook);
        format_set_num_format(m_moment, "yyyy-mm-dd hh:mm:ss");
        return startSheet();
    }

    Result<void> writeRow(const std::vector<ExportCell> &cells) override
    {
        if (cells.size() != m_columns.size())
            return makeError(QObject::tr("a row of %1 cells for %2 columns")
                                 .arg(cells.size())
                                 .arg(m_columns.size()));
        if (m_row > kRowsPerSheet) {
            closeSheet();
            if (const QString error = startSheet(); !error.isEmpty())
                return makeError(error);
        }
        for (size_t i = 0; i < cells.size(); ++i) {
            if (const lxw_error e = writeCell(lxw_col_t(i), cells[i]); e != LXW_NO_ERROR)
                return makeError(m_path + QStringLiteral(": ")
                                 + QString::fromUtf8(lxw_strerror(e)));
        }
        ++m_row;
        return {};
    }

    Result<void> finish() override
    {
        closeSheet();
        const lxw_error closed = workbook_close(m_workbook);
        m_workbook = nullptr;
        if (closed != LXW_NO_ERROR)
            return makeError(m_path + QStringLiteral(": ")
                             + QString::fromUtf8(lxw_strerror(closed)));
        if (std::rename(m_file.constData(), QFile::encodeName(m_path).constData()) != 0)
            return makeError(m_path + QStringLiteral(": ")
                             + QString::fromLocal8Bit(std::strerror(errno)));
        m_temporary.clear();
        return {};
    }

private:
    QString startSheet()
    {
        ++m_sheets;
        const QString name = m_sheets == 1
                                 ? m_sheetName
                                 : QStringLiteral("%1 (%2)").arg(m_sheetName).arg(m_sheets);
        m_sheetNameBytes = name.left(31).toUtf8(); // Excel's limit
        m_sheet = workbook_add_worksheet(m_workbook, m_sheetNameBytes.constData());
        if (!m_sheet)
            return m_path + QStringLiteral(": ") + QObject::tr("the sheet could not be added");
        for (size_t i = 0; i < m_columns.size(); ++i) {
            worksheet_set_column(
                m_sheet, lxw_col_t(i), lxw_col_t(i), columnWidth(m_columns[i]), nullptr);
            worksheet_write_string(
                m_sheet, 0, lxw_col_t(i), m_columns[i].header.toUtf8().constData(), m_header);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        m_row = 1;
        return {};
    }

    void closeSheet()
    {
        if (m_sheet && !m_columns.empty())
            worksheet_autofilter(
                m_sheet, 0, 0, m_row > 1 ? m_row - 1 : 0, lxw_col_t(m_columns.size() - 1));
    }

    lxw_format *moneyFormat(int exponent)
    {
        auto [it, added] = m_money.try_emplace(exponent, nullptr);
        if (added) {
            it->second = workbook_add_format(m_workbook);
            const std::string format
                = exponent > 0 ? "#,##0." + std::string(size_t(exponent), '0') : "#,##0";
            format_set_num_format(it->second, format.c_str());
        }
        return it->second;
    }

    lxw_error writeCell(lxw_col_t column, const ExportCell &cell)
    {
        if (cell.empty)
            return LXW_NO_ERROR;
        switch (cell.kind) {
        case CellKind::Text:
            return worksheet_write_string(m_sheet, m_row, column, cell.text.c_str(), nullptr);
        case CellKind::Money:
            return worksheet_write_number(m_sheet,
                                          m_row,
                                          column,
                                          double(cell.number) / std::pow(10.0, cell.exponent),
                                          moneyFormat(cell.exponent));
        case CellKind::Integer:
            return worksheet_write_number(m_sheet, m_row, column, double(cell.number), nullptr);
        case CellKind::Moment:
            // Excel's serial day number (the 1900 date system): 1970-01-01 is 25569.
            return worksheet_write_number(
                m_sheet, m_row, column, double(cell.number) / 86400.0 + 25569.0, m_moment);
        }
        return LXW_NO_ERROR;
    }

    QString m_path;
    std::vector<ExportColumn> m_columns;
    QString m_sheetName;
    QString m_temporary;
    QByteArray m_tmpdir, m_file, m_sheetNameBytes;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr, *m_moment = nullptr;
    std::map<int, lxw_format *> m_money;
    lxw_row_t m_row = 1;
    int m_sheets = 0;
};

} // namespace

std::unique_ptr<TableWriter> xlsxTableWriter(const QString &path,
                                             const std::vector<ExportColumn> &columns,
                                             const QString &sheet,
                                             QString &error)
{
    auto writer = std::make_unique<XlsxTableWriter>(path, columns, sheet);
    error = writer->open();
    if (!error.isEmpty())
        return nullptr;
    return writer;
}

} // namespace paydeck::exporting
