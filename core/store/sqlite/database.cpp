#include "database.h"

#include <QObject>

#include <sqlite3.h>

#include <unordered_map>

namespace paydeck::store {

Statement::Statement(Statement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr)), m_db(other.m_db)
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_db = other.m_db;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

std::string sqlPlaceholders(size_t count)
{
    std::string text;
    text.reserve(count * 2);
    for (size_t i = 0; i < count; ++i)
        text += i == 0 ? "?" : ",?";
    return text;
}

void Statement::bindText(int index, std::string_view value)
{
    if (value.empty())
        sqlite3_bind_null(m_statement, index);
    else
        sqlite3_bind_text(m_statement, index, value.data(), int(value.size()), SQLITE_STATIC);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

Statement::Step Statement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    return Step::Error;
}

Result<void> Statement::run()
{
    for (;;) {
        switch (step()) {
        case Step::Row:
            continue;
        case Step::Done:
            reset();
            return {};
        case Step::Error: {
            const QString message = errorMessage();
            reset();
            return makeError(message);
        }
        }
    }
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

std::string Statement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!text)
        return {};
    return std::string(text, size_t(sqlite3_column_bytes(m_statement, column)));
}

std::string_view Statement::columnView(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!text)
        return {};
    return std::string_view(text, size_t(sqlite3_column_bytes(m_statement, column)));
}

QString Statement::columnString(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

QString Statement::errorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

struct Database::Cache
{
    std::unordered_map<std::string, Statement> statements;
};

Database::Database(sqlite3 *db, QString path)
    : m_db(db), m_path(std::move(path)), m_cache(std::make_unique<Cache>())
{}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    sqlite3 *db = nullptr;
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                              : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
                      | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason
            = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(db);
        return makeError(QObject::tr("cannot open the store %1: %2").arg(path, reason));
    }
    std::unique_ptr<Database> database(new Database(db, path));
    sqlite3_busy_timeout(db, 10000);
    sqlite3_extended_result_codes(db, 1);
    // WAL lets the GUI read while the writer writes; NORMAL sync in WAL is durable to the last
    // checkpoint and never corrupts. A large page cache keeps bulk loads in memory.
    const char *pragmas
        = mode == Mode::ReadOnly
              ? "PRAGMA foreign_keys=ON; PRAGMA cache_size=-8192; PRAGMA temp_store=MEMORY;"
              : "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                "PRAGMA foreign_keys=ON; PRAGMA cache_size=-262144; "
                "PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=10000;";
    if (auto ok = database->exec(pragmas); !ok)
        return makeError(QObject::tr("cannot open the store %1: %2").arg(path, ok.error()));
    return database;
}

Database::~Database()
{
    m_cache.reset();
    sqlite3_close(m_db);
}

Result<void> Database::exec(const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errmsg(m_db));
        sqlite3_free(error);
        return makeError(message);
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(
            m_db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
        != SQLITE_OK) {
        return makeError(QObject::tr("SQL error: %1").arg(errorMessage()));
    }
    return Statement(statement, m_db);
}

Statement *Database::cached(const std::string &sql)
{
    auto it = m_cache->statements.find(sql);
    if (it == m_cache->statements.end()) {
        auto prepared = prepare(sql);
        if (!prepared)
            return nullptr;
        it = m_cache->statements.emplace(sql, std::move(prepared).value()).first;
    }
    return &it->second;
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 Database::lastInsertRowid() const
{
    return sqlite3_last_insert_rowid(m_db);
}

void Database::resetLastInsertRowid()
{
    sqlite3_set_last_insert_rowid(m_db, 0);
}

QString Database::errorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

Transaction::Transaction(Database &db)
    : m_db(db)
    // Inside the writer's job transaction a unit of work nests as a savepoint: it can still fail
    // alone, and the whole job commits or rolls back as one.
    , m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    auto begun = m_db.exec(m_nested ? "SAVEPOINT paydeck_unit" : "BEGIN IMMEDIATE");
    m_began = begun.ok();
    if (!m_began)
        m_beginError = begun.error();
}

Transaction::~Transaction()
{
    if (m_began && !m_done)
        (void)m_db.exec(m_nested ? "ROLLBACK TO paydeck_unit; RELEASE paydeck_unit" : "ROLLBACK");
}

Result<void> Transaction::commit()
{
    if (!m_began)
        return makeError(m_beginError);
    auto committed = m_db.exec(m_nested ? "RELEASE paydeck_unit" : "COMMIT");
    m_done = committed.ok();
    return committed;
}

} // namespace paydeck::store
