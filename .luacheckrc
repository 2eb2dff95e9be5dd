-- Luacheck settings for Señales Lua data files (catalogs and scenarios).
std = "lua54"

-- The scenario and catalog vocabulary is provided by the engine (scripts/lua/dsl.lua).
read_globals = {
  "scenario", "scene", "detail", "choice", "ending",
  "source", "principle", "element", "indicator", "practice", "harm", "text",
}

-- Scenario files are mostly prose in two languages; long lines are expected there.
max_line_length = false

-- The host gives these two functions to the DSL file only.
files["scripts/lua/dsl.lua"] = { read_globals = { "author_line", "author_level" } }
-- Plain output, so scripts and hooks that read the summary line see the words.
color = false
