-- The words scenario and catalog files are written in: scenario, scene, detail, choice, ending,
-- and source, principle, element, indicator, practice, harm; and text, for the interface's own words.
--
-- Trusted code: the host runs it in an environment of its own before each author's file, and
-- copies the table returned at the end into that file's environment. Every word returns a plain
-- table { kind = ..., id = ..., line = ..., fields = <the author's table> } that the host reads
-- once the file has run. The host checks the fields; here we only catch the mistakes that are
-- obvious at the call, and blame the author's line for them.
--
-- author_line() and author_level() are given by the host to this file only: they find the
-- author's file on the call stack, however deep in the DSL the call is.

local author_line, author_level = author_line, author_level
local error, setmetatable, type, sub = error, setmetatable, type, string.sub

-- Raises an error on the author's line. The host shows the part after "\nhint: " as the hint.
local function fail(message, hint)
  error(message .. "\nhint: " .. hint, author_level())
end

local function describe(value)
  if type(value) == "string" then
    if #value > 40 then value = sub(value, 1, 40) .. "…" end
    return 'the text "' .. value .. '"'
  end
  return "a " .. type(value)
end

-- Words used as:  word "id" { field = value, ... }
-- The first call takes the id and returns a pending entry; calling that with the table completes
-- it. A pending entry that reaches the host means the braces were forgotten, and the host says so.
local function named(kind, example)
  return function(id)
    if type(id) ~= "string" then
      fail(kind .. " needs its id in quotes, but was given " .. describe(id), "write it like " .. example)
    end
    local line = author_line()
    local pending = { kind = kind, id = id, line = line }
    return setmetatable(pending, {
      __call = function(_, fields)
        if type(fields) ~= "table" then
          fail(kind .. ' "' .. id .. '" must be followed by its fields in braces, but was given ' .. describe(fields),
               "write it like " .. example)
        end
        return { kind = kind, id = id, line = line, fields = fields }
      end,
    })
  end
end

-- Words used as:  word { field = value, ... }
local function unnamed(kind, example)
  return function(fields)
    if type(fields) ~= "table" then
      fail(kind .. " takes its fields in braces, but was given " .. describe(fields), "write it like " .. example)
    end
    return { kind = kind, line = author_line(), fields = fields }
  end
end

return {
  scenario = unnamed("scenario", 'return scenario { title = { es = "…", en = "…" }, … }'),
  scene = named("scene", 'scene "arrival" { text = { es = "…", en = "…" }, choice { … } }'),
  detail = named("detail", 'detail "documents_held" { indicator = "…", text = { es = "…", en = "…" } }'),
  choice = unnamed("choice", 'choice { to = "next_scene", text = { es = "…", en = "…" } }'),
  ending = named("ending", 'ending "referred" { outcome = "good", text = { es = "…", en = "…" } }'),

  source = named("source", 'source "28" { title = "…", url = "…" }'),
  principle = named("principle", 'principle "do_no_harm" { name = { es = "…", en = "…" }, … }'),
  element = named("element", 'element "means" { name = { es = "…", en = "…" }, … }'),
  indicator = named("indicator", 'indicator "documents_held" { dimension = "…", strength = "strong", … }'),
  practice = named("practice", 'practice "separate_from_companion" { principle = "…", … }'),
  harm = named("harm", 'harm "interview_in_front_of_companion" { principle = "…", severity = "serious", … }'),

  text = named("text", 'text "start" { es = "Empezar", en = "Start" }'),
}
