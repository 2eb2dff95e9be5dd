#include "sqlite_db.h"

#include <sqlite3.h>

namespace senales::records {

namespace {
[[noreturn]] void fail(sqlite3* db, int code, const std::string& what) {
    std::string message = what;
    message += ": ";
    message += db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    throw RecordsError(message, code);
}
}  // namespace

Database::Database(const std::filesystem::path& file) {
    int code = sqlite3_open_v2(file.string().c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (code != SQLITE_OK) {
        std::string message = "cannot open " + file.string();
        message += ": ";
        message += db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(code);
        sqlite3_close(db_);
        db_ = nullptr;
        throw RecordsError(message, code);
    }
    sqlite3_busy_timeout(db_, 5000);  // a second copy of the game may hold the file for a moment
}

Database::~Database() { sqlite3_close(db_); }

void Database::exec(const std::string& sql) {
    char* error = nullptr;
    int code = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error);
    if (code != SQLITE_OK) {
        std::string message = error ? error : sqlite3_errstr(code);
        sqlite3_free(error);
        throw RecordsError(message, code);
    }
}

std::int64_t Database::last_insert_id() const { return sqlite3_last_insert_rowid(db_); }

Statement::Statement(Database& db, const std::string& sql) : db_(db) {
    int code = sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &stmt_, nullptr);
    if (code != SQLITE_OK) fail(db.handle(), code, "cannot prepare a statement");
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int index, std::int64_t value) {
    int code = sqlite3_bind_int64(stmt_, index, value);
    if (code != SQLITE_OK) fail(db_.handle(), code, "cannot bind a value");
    return *this;
}

Statement& Statement::bind(int index, const std::string& value) {
    int code = sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    if (code != SQLITE_OK) fail(db_.handle(), code, "cannot bind a value");
    return *this;
}

Statement& Statement::bind_null(int index) {
    int code = sqlite3_bind_null(stmt_, index);
    if (code != SQLITE_OK) fail(db_.handle(), code, "cannot bind a value");
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& value) {
    return value ? bind(index, *value) : bind_null(index);
}

bool Statement::step() {
    int code = sqlite3_step(stmt_);
    if (code == SQLITE_ROW) return true;
    if (code == SQLITE_DONE) return false;
    fail(db_.handle(), code, "a records query failed");
}

void Statement::run() {
    step();
    reset();
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }

std::string Statement::text(int column) const {
    const unsigned char* value = sqlite3_column_text(stmt_, column);
    return value ? std::string(reinterpret_cast<const char*>(value),
                               static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
                 : std::string();
}

bool Statement::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

Transaction::Transaction(Database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
    if (done_) return;
    try {
        db_.exec("ROLLBACK");
    } catch (const RecordsError&) {
        // Nothing more can be done in a destructor; SQLite rolls back an open transaction on close.
    }
}

void Transaction::commit() {
    db_.exec("COMMIT");
    done_ = true;
}

}  // namespace senales::records
