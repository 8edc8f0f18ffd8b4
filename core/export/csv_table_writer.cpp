// CSV as RFC 4180 has it and spreadsheets open it: UTF-8 with a byte order mark (Excel reads
// UTF-8 only with one), a header row, CRLF, text quoted and neutralised, numbers bare with a
// point, moments as "YYYY-MM-DD HH:MM:SS" in UTC (ISO 8601 with a space, which spreadsheets
// read as a date and time).
#include "table_export.h"

#include <QObject>
#include <QSaveFile>

namespace paydeck::exporting {

namespace {

class CsvTableWriter final : public TableWriter
{
public:
    CsvTableWriter(const QString &path, const std::vector<ExportColumn> &columns)
        : m_file(path), m_columns(columns.size())
    {
        m_buffer.reserve(kFlushBytes + 4096);
    }

    QString open(const std::vector<ExportColumn> &columns)
    {
        if (!m_file.open(QIODevice::WriteOnly))
            return m_file.fileName() + QStringLiteral(": ") + m_file.errorString();
        m_buffer += "\xEF\xBB\xBF";
        for (size_t i = 0; i < columns.size(); ++i) {
            if (i > 0)
                m_buffer += ',';
            m_buffer += csvTextField(columns[i].header.toStdString());
        }
        m_buffer += "\r\n";
        return {};
    }

    Result<void> writeRow(const std::vector<ExportCell> &cells) override
    {
        if (cells.size() != m_columns)
            return makeError(
                QObject::tr("a row of %1 cells for %2 columns").arg(cells.size()).arg(m_columns));
        for (size_t i = 0; i < cells.size(); ++i) {
            if (i > 0)
                m_buffer += ',';
            appendCell(cells[i]);
        }
        m_buffer += "\r\n";
        return m_buffer.size() >= kFlushBytes ? flush() : Result<void>{};
    }

    Result<void> finish() override
    {
        if (auto flushed = flush(); !flushed)
            return flushed;
        if (!m_file.commit())
            return makeError(m_file.fileName() + QStringLiteral(": ") + m_file.errorString());
        return {};
    }

private:
    static constexpr size_t kFlushBytes = 1 << 20;

    void appendCell(const ExportCell &cell)
    {
        if (cell.empty)
            return;
        switch (cell.kind) {
        case CellKind::Text:
            m_buffer += csvTextField(cell.text);
            return;
        case CellKind::Money:
            m_buffer += majorUnits(cell.number, cell.exponent);
            return;
        case CellKind::Integer:
            m_buffer += std::to_string(cell.number);
            return;
        case CellKind::Moment:
            m_buffer += utcMomentText(cell.number);
            return;
        }
    }

    Result<void> flush()
    {
        if (m_buffer.empty())
            return {};
        if (m_file.write(m_buffer.data(), qint64(m_buffer.size())) != qint64(m_buffer.size()))
            return makeError(m_file.fileName() + QStringLiteral(": ") + m_file.errorString());
        m_buffer.clear();
        return {};
    }

    QSaveFile m_file; // destroyed without commit: nothing under the name
    size_t m_columns;
    std::string m_buffer;
};

} // namespace

std::unique_ptr<TableWriter>
csvTableWriter(const QString &path, const std::vector<ExportColumn> &columns, QString &error)
{
    auto writer = std::make_unique<CsvTableWriter>(path, columns);
    error = writer->open(columns);
    if (!error.isEmpty())
        return nullptr;
    return writer;
}

} // namespace paydeck::exporting
