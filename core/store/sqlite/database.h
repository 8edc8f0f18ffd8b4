#pragma once

#include "util/result.h"

#include <QString>

#include <memory>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace paydeck::store {

class Database;

/// SQLite takes at most 32,766 parameters per statement: longer IN lists are read in parts.
constexpr size_t kMaxInListParameters = 30000;
/// "?,?,?" for `count` parameters (an IN list).
std::string sqlPlaceholders(size_t count);

/// A prepared statement (RAII). Text bound with bindText must outlive the next step().
class Statement
{
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    ~Statement();
    Q_DISABLE_COPY(Statement)

    bool isValid() const { return m_statement != nullptr; }
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, bool value) { bind(index, qint64(value ? 1 : 0)); }
    void bind(int index, double value);
    /// Binds text without copying; empty text binds NULL (the domain's "absent").
    void bindText(int index, std::string_view value);
    void bindNull(int index);

    enum class Step { Row, Done, Error };
    Step step();
    /// Steps to completion; error text on failure.
    Result<void> run();
    void reset();

    qint64 columnInt(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    /// The text without a copy; valid until the next step() or reset().
    std::string_view columnView(int column) const;
    QString columnString(int column) const;
    bool columnIsNull(int column) const;
    int columnCount() const;
    QString errorMessage() const;

private:
    friend class Database;
    Statement(sqlite3_stmt *statement, sqlite3 *db) : m_statement(statement), m_db(db) {}
    sqlite3_stmt *m_statement = nullptr;
    sqlite3 *m_db = nullptr;
};

/// One SQLite connection. WAL, foreign keys on, a busy timeout; read-only connections for readers.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    Result<void> exec(const char *sql);
    Result<Statement> prepare(std::string_view sql);
    /// Prepares once per connection and caches by SQL text (the hot upsert paths).
    Statement *cached(const std::string &sql);
    int changes() const;
    qint64 lastInsertRowid() const;
    void resetLastInsertRowid();
    QString errorMessage() const;
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

private:
    Database(sqlite3 *db, QString path);
    sqlite3 *m_db;
    QString m_path;
    struct Cache;
    std::unique_ptr<Cache> m_cache;
};

/// BEGIN IMMEDIATE … COMMIT; rolls back unless committed. Inside an open transaction (a writer
/// job) it is a savepoint instead, released on commit and rolled back to otherwise.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)
    bool began() const { return m_began; }
    QString beginError() const { return m_beginError; }
    Result<void> commit();

private:
    Database &m_db;
    bool m_nested = false;
    bool m_began = false;
    bool m_done = false;
    QString m_beginError;
};

} // namespace paydeck::store
