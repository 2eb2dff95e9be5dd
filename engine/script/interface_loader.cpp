#include "script/interface_loader.h"

#include <lua.hpp>

#include "script/author_file.h"
#include "script/lua_reader.h"

namespace senales {

int count_placeholders(const std::string& text) {
    int count = 0;
    for (std::size_t at = text.find("{}"); at != std::string::npos; at = text.find("{}", at + 2)) ++count;
    return count;
}

std::optional<TextTable> load_interface_texts(const std::filesystem::path& lua_root, Diagnostics& diagnostics,
                                              const Limits& limits) {
    const std::size_t errors_before = count_errors(diagnostics);
    const std::filesystem::path file = lua_root / kInterfaceFile;
    AuthorFile read = read_author_file(file, limits.file_bytes, diagnostics);
    if (read.missing)
        diagnostics.error(file.string(), 0, "missing-file", "cannot read the interface's texts, " + std::string(kInterfaceFile),
                          "it lives beside dsl.lua; reinstall the game");
    if (!read.bytes) return std::nullopt;
    Sandbox sandbox(limits);
    if (!sandbox.load_dsl(lua_root / "dsl.lua", diagnostics)) return std::nullopt;
    if (!sandbox.run_author_file(file, *read.bytes, diagnostics)) return std::nullopt;

    TextTable table;
    lua_State* L = sandbox.state();
    StackScope scope(L);
    const SourceLocation top{file.string(), 0};
    if (lua_type(L, 1) != LUA_TTABLE) {
        diagnostics.error(top, "not-a-list", std::string(kInterfaceFile) + " must return a list of texts",
                          "end the file with return { text \"start\" { es = \"…\", en = \"…\" }, … }");
        return std::nullopt;
    }
    const Entry list{"list", "", top, 1};
    Fields fields(L, list, kInterfaceFile, diagnostics);
    fields.each_entry({"text"}, [&](const Entry& entry) {
        Fields text(L, entry, describe_entry(entry), diagnostics);
        Text t;
        t.es = text.string("es", "es = \"…\"").value_or("");
        t.en = text.string("en", "en = \"…\"").value_or("");
        t.key = "ui/" + entry.id;
        text.warn_unknown({"es", "en"});
        if (t.es.empty() || t.en.empty())
            text.error("missing-translation", describe_entry(entry) + " needs both es = \"…\" and en = \"…\"",
                       "every text a player sees is written in Spanish and English");
        else if (count_placeholders(t.es) != count_placeholders(t.en))
            text.error("placeholder-mismatch",
                       describe_entry(entry) + " has " + std::to_string(count_placeholders(t.es)) + " {} in Spanish and " +
                           std::to_string(count_placeholders(t.en)) + " in English",
                       "the program fills each {} in order: keep the same number in every language");
        if (!table.texts.emplace(entry.id, std::move(t)).second)
            text.error("duplicate-id", describe_entry(entry) + " is defined twice", "give each text its own key");
        else
            table.written_at[entry.id] = {entry.where.file, entry.where.line};
    });
    fields.warn_unknown({});
    if (count_errors(diagnostics) > errors_before) return std::nullopt;
    return table;
}

}  // namespace senales
