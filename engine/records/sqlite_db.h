#pragma once
// A thin RAII layer over SQLite: a connection, prepared statements and transactions. Failures throw
// RecordsError carrying SQLite's own message, so callers handle them in one place.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace senales::records {

class RecordsError : public std::runtime_error {
public:
    RecordsError(const std::string& message, int code) : std::runtime_error(message), code_(code) {}
    int code() const { return code_; }  // SQLite's result code

private:
    int code_;
};

class Database {
public:
    explicit Database(const std::filesystem::path& file);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(const std::string& sql);
    std::int64_t last_insert_id() const;
    sqlite3* handle() const { return db_; }

private:
    sqlite3* db_ = nullptr;
};

class Statement {
public:
    Statement(Database& db, const std::string& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, const std::string& value);
    Statement& bind_null(int index);
    Statement& bind(int index, const std::optional<std::string>& value);

    bool step();  // true while a row is available
    void run();   // steps once, for statements that return no rows
    void reset();

    std::int64_t integer(int column) const;
    std::string text(int column) const;
    bool is_null(int column) const;

private:
    Database& db_;
    sqlite3_stmt* stmt_ = nullptr;
};

// Commits when committed explicitly; rolls back when it goes out of scope otherwise.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    void commit();

private:
    Database& db_;
    bool done_ = false;
};

}  // namespace senales::records
