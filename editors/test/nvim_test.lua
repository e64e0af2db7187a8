-- The Neovim test: headless Neovim with the plugin (editors/nvim) and a
-- real `mirlsp serve`. Run by scripts/editors-test.sh:
--
--   MIRLSP_TEST_WS=DIR MIRLSP_TEST_RS=1|0 nvim --headless -u NONE -i NONE \
--     --cmd 'set rtp^=editors/nvim' -c 'luafile editors/test/nvim_test.lua'
--
-- DIR holds mir/seed.mir (testdata/seed/seed-1.95.mir), mir/bad.mir
-- (testdata/errors/ov_sub_seed.mir), bad.expect.json (rustc's diagnostics
-- of ov_sub_seed.rs) and rs/ with Cargo.toml and bad.rs
-- (testdata/errors/ov_sub_seed.rs) and recursion.rs with recursion.values.json
-- (testdata/corpus/, const fns with arguments and rustc's values): a root of
-- its own, with no MIR files, so that what the server says of the .rs files
-- comes from them alone.
-- MIRLSP_TEST_RS=1 adds the checks on the .rs file. Prints one line per
-- check and "nvim: N passed, N failed"; exits 1 on any failure.

local ws = assert(os.getenv("MIRLSP_TEST_WS"), "MIRLSP_TEST_WS is not set")
local with_rs = os.getenv("MIRLSP_TEST_RS") == "1"
local timeout = 20000

local passed, failed, skipped = 0, 0, 0
local function check(name, ok, detail)
  if ok then
    passed = passed + 1
    io.stdout:write("ok   - " .. name .. "\n")
  else
    failed = failed + 1
    io.stdout:write("FAIL - " .. name .. (detail and (": " .. detail) or "") .. "\n")
  end
end

-- Runs f as a check; an error raised inside counts as its failure.
local function case(name, f)
  if name:sub(1, 4) == ".rs:" and not with_rs then
    skipped = skipped + 1
    io.stdout:write("skip - " .. name .. " (MIRLSP_TEST_RS is not 1)\n")
    return
  end
  local ok, res, detail = pcall(f)
  if not ok then
    check(name, false, "error: " .. tostring(res))
  else
    check(name, res, detail)
  end
end

local function finish()
  local skip = skipped > 0 and string.format(", %d skipped", skipped) or ""
  io.stdout:write(string.format("nvim: %d passed, %d failed%s\n", passed, failed, skip))
  io.stdout:flush()
  vim.cmd((failed == 0 and passed > 0) and "qall!" or "cquit!")
end

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

-- rustc's message for the failing const (never typed here).
local rustc -- its first error, read in main
local mirlsp = require("mirlsp")

local function client_of(buf)
  local c
  vim.wait(timeout, function()
    c = mirlsp.client_for(buf)
    return c ~= nil
  end, 20)
  return c
end

-- The (0-based) position of the first match of pattern in buf, at the match's start + shift.
local function find(buf, pattern, shift)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local s = line:find(pattern)
    if s then
      return { line = i - 1, character = s - 1 + (shift or 0) }
    end
  end
  error("no " .. pattern .. " in buffer " .. vim.api.nvim_buf_get_name(buf))
end

local function request(buf, method, params)
  local res, err = vim.lsp.buf_request_sync(buf, method, params, timeout)
  if not res then
    error(method .. ": " .. tostring(err))
  end
  local c = mirlsp.client_for(buf)
  local r = res[c.id]
  if not r then
    error(method .. ": no answer from mirlsp")
  end
  if r.err or r.error then
    error(method .. ": " .. vim.inspect(r.err or r.error))
  end
  return r.result
end

local function hover_text(buf, pos)
  local r = request(buf, "textDocument/hover", { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = pos })
  if not r then
    return ""
  end
  local c = r.contents
  if type(c) == "string" then
    return c
  end
  if c.value then
    return c.value
  end
  local parts = {}
  for _, p in ipairs(c) do
    table.insert(parts, type(p) == "string" and p or p.value)
  end
  return table.concat(parts, "\n")
end

local function inlay_labels(buf)
  local n = vim.api.nvim_buf_line_count(buf)
  local hints = request(buf, "textDocument/inlayHint", {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = { start = { line = 0, character = 0 }, ["end"] = { line = n, character = 0 } },
  }) or {}
  local labels = {}
  for _, h in ipairs(hints) do
    local l = h.label
    if type(l) == "table" then
      local s = ""
      for _, part in ipairs(l) do
        s = s .. part.value
      end
      l = s
    end
    table.insert(labels, { line = h.position.line, label = l })
  end
  return labels
end

local function has_label(labels, line, needle)
  for _, h in ipairs(labels) do
    if (line == nil or h.line == line) and h.label:find(needle, 1, true) then
      return true
    end
  end
  return false
end

local function wait_diagnostics(buf, pred)
  local ds = {}
  vim.wait(timeout, function()
    ds = vim.diagnostic.get(buf)
    return pred(ds)
  end, 50)
  return ds
end

local function has_rustc_message(ds)
  for _, d in ipairs(ds) do
    if d.message == rustc.message then
      return true
    end
  end
  return false
end

local function describe(ds)
  local out = {}
  for _, d in ipairs(ds) do
    table.insert(out, string.format("%d:%d %s", d.lnum + 1, d.col + 1, d.message))
  end
  return "[" .. table.concat(out, "; ") .. "]"
end

-- Replaces every occurrence of from by to in buf, line by line (each a didChange).
local function replace_all(buf, from, to)
  local n = 0
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local s, e = line:find(from, 1, true)
    while s do
      vim.api.nvim_buf_set_text(buf, i - 1, s - 1, i - 1, e, { to })
      n = n + 1
      line = vim.api.nvim_buf_get_lines(buf, i - 1, i, false)[1]
      s, e = line:find(from, s + #to, true)
    end
  end
  return n
end

local function open(path)
  vim.cmd("edit " .. vim.fn.fnameescape(path))
  return vim.api.nvim_get_current_buf()
end

-- window/showMessage (the result of mirlsp.evaluate): kept, and printed on a line of its own.
local messages = {}
vim.lsp.handlers["window/showMessage"] = function(_, result)
  table.insert(messages, result.message)
  io.stdout:write("     (server: " .. result.message:sub(1, 100) .. ")\n")
end

-- vim.notify (the plugin's messages): kept, and on a line of their own too.
local notes = {}
vim.notify = function(msg)
  table.insert(notes, tostring(msg))
  io.stdout:write("     (notify: " .. tostring(msg):sub(1, 160) .. ")\n")
end

local function main()
  rustc = vim.fn.json_decode(read(ws .. "/bad.expect.json")).errors[1]
  mirlsp.setup({})

  -- 1. The seed's .mir: filetype, syntax, server, hover, inlay hints.
  local seed = open(ws .. "/mir/seed.mir")
  case("mir filetype registered for *.mir", function()
    return vim.bo[seed].filetype == "mir", "filetype=" .. vim.bo[seed].filetype
  end)
  case("MIR syntax file loaded and highlights _N and bbN", function()
    vim.cmd("syntax on")
    local p = find(seed, "_1 = ")
    local local_group = vim.fn.synIDattr(vim.fn.synID(p.line + 1, p.character + 1, 1), "name")
    local b = find(seed, "bb0:")
    local block_group = vim.fn.synIDattr(vim.fn.synID(b.line + 1, b.character + 1, 1), "name")
    return vim.b[seed].current_syntax == "mir" and local_group == "mirLocal" and block_group == "mirBlock",
      string.format("current_syntax=%s _1=%s bb0=%s", tostring(vim.b[seed].current_syntax), local_group, block_group)
  end)
  local client = client_of(seed)
  check("server started and attached to the .mir buffer", client ~= nil)
  if not client then
    return
  end
  case("hover on FOO in .mir shows its value 4096", function()
    local text = hover_text(seed, find(seed, "const FOO", 6))
    return text:find("4096", 1, true) ~= nil, text
  end)
  case("textDocument/inlayHint through buf_request_sync: array length 4054 in .mir", function()
    local labels = inlay_labels(seed)
    return has_label(labels, nil, "4054"), vim.inspect(labels)
  end)
  case("user commands defined", function()
    local cmds = vim.api.nvim_get_commands({})
    return cmds.MirlspShowMir ~= nil and cmds.MirlspEvaluate ~= nil and cmds.MirlspRestart ~= nil
  end)
  case("evaluate use_foo through mirlsp.evaluate", function()
    local result, done = nil, false
    mirlsp.evaluate(seed, vim.uri_from_bufnr(seed), "use_foo", nil, function(err, res)
      result, done = err or res, true
    end)
    vim.wait(timeout, function() return done and #messages > 0 end, 20)
    local value = type(result) == "table" and result.value or ""
    if not (messages[1] or ""):find("use_foo() = [0, 0", 1, true) then
      return false, "showMessage: " .. tostring(messages[1])
    end
    return type(result) == "table" and result.type == "[u8; 4054]" and value:sub(1, 8) == "[0, 0, 0", vim.inspect(result):sub(1, 200)
  end)

  -- 2. A failing const in MIR: rustc's message, and the fix clears it.
  local badmir = open(ws .. "/mir/bad.mir")
  case("diagnostic on the failing const in .mir has rustc's message", function()
    local ds = wait_diagnostics(badmir, has_rustc_message)
    return has_rustc_message(ds), describe(ds)
  end)
  case("fixing the const in .mir clears the diagnostic", function()
    local n = replace_all(badmir, "const 5000_usize", "const 42_usize")
    local ds = wait_diagnostics(badmir, function(d) return #d == 0 end)
    return n == 2 and #ds == 0, string.format("%d replacements, diagnostics %s", n, describe(ds))
  end)

  -- 3. The restart command: a new server answers.
  case("MirlspRestart starts a new server that answers hovers", function()
    local old = mirlsp.client_for(badmir).id
    vim.cmd("silent MirlspRestart")
    local c = client_of(badmir)
    local text = hover_text(badmir, find(badmir, "const FOO", 6))
    return c ~= nil and c.id ~= old and text:find("4096", 1, true) ~= nil, "new client " .. tostring(c and c.id) .. ": " .. text
  end)

  -- 4. A .rs file with a failing const (checks named ".rs:", skipped unless MIRLSP_TEST_RS=1).
  local rs = with_rs and open(ws .. "/rs/bad.rs")
  case(".rs: server attached to the .rs buffer, root rs/", function()
    local c = client_of(rs)
    return vim.bo[rs].filetype == "rust" and c ~= nil and c.config.root_dir == ws .. "/rs",
      "filetype=" .. vim.bo[rs].filetype .. " root=" .. tostring(c and c.config.root_dir)
  end)
  case(".rs: diagnostic on BAD with rustc's message, at rustc's line", function()
    local ds = wait_diagnostics(rs, has_rustc_message)
    local at = false
    for _, d in ipairs(ds) do
      at = at or (d.message == rustc.message and d.lnum == rustc.line - 1)
    end
    return at, describe(ds)
  end)
  case(".rs: hover on FOO shows 4096", function()
    local text = hover_text(rs, find(rs, "const FOO", 6))
    return text:find("4096", 1, true) ~= nil, text
  end)
  case(".rs: textDocument/inlayHint through buf_request_sync: array length 4054", function()
    local labels = inlay_labels(rs)
    return has_label(labels, find(rs, "type Foo").line, "4054"), vim.inspect(labels)
  end)
  case(".rs: values as virtual text at the end of the line where Neovim has no inlay hints (4096 after FOO, 4054 after type Foo), none where it has", function()
    local line_foo, line_type = find(rs, "const FOO").line, find(rs, "type Foo").line
    if mirlsp.native_hints() then
      vim.wait(2000)
      local vt = mirlsp.virtual_text(rs)
      return next(vt) == nil, "virtual text beside native inlay hints: " .. vim.inspect(vt)
    end
    local vt = {}
    vim.wait(timeout, function()
      vt = mirlsp.virtual_text(rs)
      return (vt[line_foo] or ""):find("= 4096", 1, true) ~= nil and (vt[line_type] or ""):find("4054", 1, true) ~= nil
    end, 50)
    return (vt[line_foo] or ""):find("= 4096", 1, true) ~= nil and (vt[line_type] or ""):find("4054", 1, true) ~= nil, vim.inspect(vt)
  end)
  case(".rs: settings: hints.arrayLengths off drops the 4054 hint, hints.values off the 4096 one, and back", function()
    local line_foo, line_type = find(rs, "const FOO").line, find(rs, "type Foo").line
    local function wait_labels(pred)
      local labels = {}
      vim.wait(timeout, function()
        labels = inlay_labels(rs)
        return pred(labels)
      end, 100)
      return labels
    end
    mirlsp.update_settings({ hints = { arrayLengths = false } })
    local off = wait_labels(function(l) return not has_label(l, line_type, "4054") end)
    local ok1 = not has_label(off, line_type, "4054") and has_label(off, line_foo, "4096")
    mirlsp.update_settings({ hints = { arrayLengths = true, values = false } })
    local swapped = wait_labels(function(l) return has_label(l, line_type, "4054") and not has_label(l, line_foo, "4096") end)
    local ok2 = has_label(swapped, line_type, "4054") and not has_label(swapped, line_foo, "4096")
    mirlsp.update_settings({ hints = { values = true } })
    local back = wait_labels(function(l) return has_label(l, line_foo, "4096") end)
    return ok1 and ok2 and has_label(back, line_foo, "4096"), vim.inspect({ off = off, swapped = swapped, back = back })
  end)
  case(".rs: MirlspShowMir opens the MIR in a read-only mir buffer", function()
    local buf, done, err = nil, false, nil
    vim.api.nvim_set_current_buf(rs)
    mirlsp.show_mir(rs, function(e, b)
      err, buf, done = e, b, true
    end)
    vim.wait(timeout, function() return done end, 20)
    if not buf then
      return false, tostring(err)
    end
    local text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n")
    local ok = vim.bo[buf].filetype == "mir" and not vim.bo[buf].modifiable and text:find("const FOO: usize", 1, true) ~= nil
    vim.cmd("close")
    vim.api.nvim_set_current_buf(rs)
    return ok, text:sub(1, 200)
  end)
  case(".rs: evaluating gcd asks for its arguments and gives rustc's value of gcd(1071, 462)", function()
    -- rustc's value of `pub const GCD: u64 = gcd(1071, 462);` in recursion.rs.
    local want
    for _, it in ipairs(vim.fn.json_decode(read(ws .. "/rs/recursion.values.json")).items) do
      if it.name == "GCD" then
        want = it.value
      end
    end
    local buf = open(ws .. "/rs/recursion.rs")
    client_of(buf)
    local fns = {}
    vim.wait(timeout, function()
      fns = mirlsp.functions(buf)
      return #fns > 0
    end, 100)
    local gcd
    for _, f in ipairs(fns) do
      if f.name == "gcd" then
        gcd = f
      end
    end
    if not gcd then
      return false, "no gcd lens: " .. vim.inspect(fns)
    end
    local prompt, result, done
    local input = vim.ui.input
    vim.ui.input = function(opts, on_confirm)
      prompt = opts.prompt
      on_confirm("1071, 462")
    end
    mirlsp.evaluate(buf, gcd.uri, gcd.name, nil, function(err, res)
      result, done = err or res, true
    end)
    vim.wait(timeout, function() return done end, 20)
    vim.ui.input = input
    vim.cmd("buffer " .. rs)
    local value = type(result) == "table" and result.value
    return want ~= nil and value == want and (prompt or ""):find("u64", 1, true) ~= nil,
      string.format("prompt %s, result %s, rustc %s", tostring(prompt), vim.inspect(result), tostring(want))
  end)
  case(".rs: :MirlspEvaluate fact 10 gives rustc's value of fact(10)", function()
    local want
    for _, it in ipairs(vim.fn.json_decode(read(ws .. "/rs/recursion.values.json")).items) do
      if it.name == "FACT_10" then
        want = it.value
      end
    end
    local buf = open(ws .. "/rs/recursion.rs")
    client_of(buf)
    messages = {}
    vim.cmd("MirlspEvaluate fact 10")
    vim.wait(timeout, function() return #messages > 0 end, 20)
    vim.cmd("buffer " .. rs)
    return want ~= nil and messages[1] == "fact(10) = " .. want, string.format("%s (rustc: %s)", tostring(messages[1]), tostring(want))
  end)
  case(".rs: an edit that fixes BAD clears the diagnostic", function()
    local n = replace_all(rs, "FOO - 5000", "FOO - 42")
    local ds = wait_diagnostics(rs, function(d) return #d == 0 end)
    return n == 1 and #ds == 0, string.format("%d replacements, diagnostics %s", n, describe(ds))
  end)
end

-- Without the binary: a message that says so, and no client.
local function missing_binary()
  case("a missing server binary is reported by name, and nothing starts", function()
    vim.cmd("silent! %bwipeout!")
    mirlsp.setup({ cmd = { "mirlsp-not-installed", "serve" } })
    notes = {}
    local buf = open(ws .. "/mir/seed.mir")
    local said = notes[1] or ""
    return mirlsp.client_for(buf) == nil and said:find("`mirlsp-not-installed` was not found on PATH", 1, true) ~= nil, said
  end)
end

-- :MirlspInstall: go build into install_dir, and the server it built starts.
local function install()
  case("MirlspInstall builds the server with go build when it is not on PATH, and starts it for the open buffer", function()
    local dir = ws .. "/install"
    vim.cmd("silent! %bwipeout!")
    -- No server of the earlier checks may serve the buffer.
    local get = vim.lsp.get_clients or vim.lsp.get_active_clients
    vim.lsp.stop_client(get())
    vim.wait(5000, function() return #get() == 0 end, 20)
    mirlsp.setup({ cmd = { "mirlsp-not-installed", "serve" }, install_dir = dir })
    local buf = open(ws .. "/mir/seed.mir")
    if mirlsp.client_for(buf) ~= nil then
      return false, "a server started before the install"
    end
    if vim.api.nvim_get_commands({}).MirlspInstall == nil then
      return false, "no :MirlspInstall"
    end
    local done, err = false, nil
    mirlsp.install(function(e)
      done, err = true, e
    end)
    vim.wait(400000, function() return done end, 100)
    local c = client_of(buf)
    local text = c and hover_text(buf, find(buf, "const FOO", 6)) or ""
    return done and err == nil and c ~= nil and c.config.cmd[1] == dir .. "/mirlsp" and text:find("4096", 1, true) ~= nil,
      string.format("done %s, err %s, cmd %s, hover %s", tostring(done), tostring(err), c and table.concat(c.config.cmd, " ") or "-", text)
  end)
end

-- Neovim 0.10+'s path, run against a stub of vim.lsp.inlay_hint: native
-- inlay hints are enabled for the buffer, and no virtual text is added.
local function native_hints_stub()
  case("with vim.lsp.inlay_hint (stubbed here; Neovim 0.10+), inlay hints are enabled for the buffer and no virtual text is added", function()
    local saved, calls = vim.lsp.inlay_hint, {}
    vim.lsp.inlay_hint = {
      enable = function(...)
        table.insert(calls, { ... })
      end,
    }
    vim.cmd("silent! %bwipeout!")
    local ok, res, detail = pcall(function()
      mirlsp.setup({})
      local buf = open(ws .. "/mir/bad.mir")
      local c = client_of(buf)
      -- The diagnostics come with the values: virtual text would be there by now.
      local ds = wait_diagnostics(buf, has_rustc_message)
      vim.wait(1000)
      local enabled = false
      for _, call in ipairs(calls) do
        enabled = enabled or (call[1] == true and type(call[2]) == "table" and call[2].bufnr == buf)
      end
      local vt = mirlsp.virtual_text(buf)
      return c ~= nil and has_rustc_message(ds) and enabled and next(vt) == nil,
        string.format("enable calls %s, virtual text %s", vim.inspect(calls), vim.inspect(vt))
    end)
    vim.lsp.inlay_hint = saved
    if not ok then
      error(res)
    end
    return res, detail
  end)
end

local ok, err = pcall(function()
  main()
  missing_binary()
  native_hints_stub()
  install()
end)
if not ok then
  check("test script", false, tostring(err))
end
finish()
