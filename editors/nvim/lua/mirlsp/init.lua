-- mirlsp for Neovim: Rust constants evaluated the way rustc's CTFE does,
-- shown as hovers, inlay hints and diagnostics, and MIR files as a
-- language of their own.
--
--   require("mirlsp").setup({})
--
-- registers the `mir` filetype (with the syntax file of this plugin),
-- starts `mirlsp serve` for mir and rust buffers (Neovim 0.7:
-- vim.lsp.start_client + buf_attach_client; 0.8+: vim.lsp.start), enables
-- inlay hints where Neovim has them (vim.lsp.inlay_hint, 0.10+) and shows
-- the same hints as virtual text at the end of the line where it has not,
-- and adds the user commands :MirlspShowMir, :MirlspEvaluate,
-- :MirlspRestart and :MirlspInstall.

local M = {}

--- The server's command behind the "Evaluate" code lens: {uri, fn name, argument literals...}.
M.SERVER_EVALUATE = "mirlsp.evaluate"
--- The server's command that prints the MIR of a Rust file: {uri} -> MIR text.
M.SERVER_SHOW_MIR = "mirlsp.showMir"

local defaults = {
  -- The server: { binary, arguments... }; the binary is looked up on PATH.
  cmd = { "mirlsp", "serve" },
  filetypes = { "mir", "rust" },
  -- The server's settings (workspace/configuration section "mirlsp").
  settings = {
    stepLimit = 2000000,
    memoryLimit = 1073741824,
    hints = { values = true, arrayLengths = true, statements = true },
  },
  -- Message trace between Neovim and the server: "off", "messages" or "verbose"
  -- (written to vim.lsp's log, :lua print(vim.lsp.get_log_path())).
  trace = "off",
  -- Inlay hints on Neovim 0.10+.
  inlay_hints = true,
  -- The inlay hints' text as virtual text at the end of each line: nil turns
  -- it on where Neovim has no inlay hints (before 0.10), true or false
  -- everywhere.
  virtual_text = nil,
  -- Where :MirlspInstall puts the binary it builds; used when cmd[1] is not
  -- found on PATH.
  install_dir = nil, -- default: stdpath("data") .. "/mirlsp"

  -- Show and refresh the "Evaluate" code lenses.
  codelens = true,
  -- Markers of the workspace root, searched upward from the buffer's file.
  root_markers = { "Cargo.toml", ".git" },
  -- Called as on_attach(client, bufnr) after mirlsp attaches to a buffer.
  on_attach = nil,
  -- Client capabilities (as from cmp_nvim_lsp); the defaults otherwise.
  capabilities = nil,
}

M.config = vim.deepcopy(defaults)

local has = function(feature) return vim.fn.has(feature) == 1 end
local legacy = not has("nvim-0.8") -- Neovim 0.7: start_client + buf_attach_client
local clients = {} -- 0.7: client id by root directory
local warned_missing = false
local group

local function notify(msg, level)
  vim.notify("mirlsp: " .. msg, level or vim.log.levels.INFO)
end

local function plugin_root()
  local src = debug.getinfo(1, "S").source:gsub("^@", "")
  return vim.fn.fnamemodify(src, ":p:h:h:h")
end

--- The root directory of a buffer: the nearest directory upward with a root marker.
function M.root_dir(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local dir = name ~= "" and vim.fn.fnamemodify(name, ":p:h") or vim.fn.getcwd()
  for _, marker in ipairs(M.config.root_markers) do
    local found = vim.fn.findfile(marker, dir .. ";")
    if found ~= "" then
      return vim.fn.fnamemodify(found, ":p:h")
    end
    found = vim.fn.finddir(marker, dir .. ";")
    if found ~= "" then
      -- ":p" of a directory ends in "/": ":h" drops that, the second ":h" the marker.
      return vim.fn.fnamemodify(found, ":p:h:h")
    end
  end
  return dir
end

local function client_for(bufnr)
  local get = vim.lsp.get_clients or vim.lsp.get_active_clients
  -- 0.7's buf_get_clients is keyed by client id: pairs, not ipairs.
  for _, c in pairs(legacy and vim.lsp.buf_get_clients(bufnr) or get({ bufnr = bufnr })) do
    if c.name == "mirlsp" then
      return c
    end
  end
  return nil
end
M.client_for = client_for

--- Whether Neovim shows inlay hints itself (vim.lsp.inlay_hint, 0.10+).
function M.native_hints()
  return type(vim.lsp.inlay_hint) == "table" and type(vim.lsp.inlay_hint.enable) == "function"
end

local function enable_inlay_hints(bufnr)
  if not M.config.inlay_hints or not M.native_hints() then
    return
  end
  -- 0.10 takes (enable, filter); some nightlies before it took (bufnr, enable).
  if not pcall(vim.lsp.inlay_hint.enable, true, { bufnr = bufnr }) then
    pcall(vim.lsp.inlay_hint.enable, bufnr, true)
  end
end

-- Virtual text: the answers to textDocument/inlayHint at the end of their line.
M.namespace = vim.api.nvim_create_namespace("mirlsp_values")

local function virtual_text_on()
  if M.config.virtual_text ~= nil then
    return M.config.virtual_text
  end
  return not M.native_hints()
end

local function hint_label(h)
  if type(h.label) == "string" then
    return h.label
  end
  local parts = {}
  for _, part in ipairs(h.label or {}) do
    table.insert(parts, part.value)
  end
  return table.concat(parts)
end

--- Asks the server for the buffer's inlay hints and shows them as virtual
--- text at the end of their lines (namespace M.namespace). done(err) is
--- called when they are shown or the request failed.
function M.refresh_virtual_text(bufnr, done)
  local client = client_for(bufnr)
  if not client or not vim.api.nvim_buf_is_loaded(bufnr) then
    return
  end
  local n = vim.api.nvim_buf_line_count(bufnr)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = 0, character = 0 }, ["end"] = { line = n, character = 0 } },
  }
  local tick = vim.api.nvim_buf_get_changedtick(bufnr)
  vim.lsp.buf_request(bufnr, "textDocument/inlayHint", params, function(err, hints, ctx)
    if ctx and ctx.client_id ~= client.id then
      return -- another server's hints
    end
    if err or not vim.api.nvim_buf_is_loaded(bufnr) or vim.api.nvim_buf_get_changedtick(bufnr) ~= tick then
      if done then
        done(err or "the buffer changed")
      end
      return
    end
    local lines = {}
    for _, h in ipairs(hints or {}) do
      local l = h.position.line
      lines[l] = lines[l] or {}
      table.insert(lines[l], vim.trim(hint_label(h)))
    end
    vim.api.nvim_buf_clear_namespace(bufnr, M.namespace, 0, -1)
    for l, labels in pairs(lines) do
      if l < vim.api.nvim_buf_line_count(bufnr) then
        vim.api.nvim_buf_set_extmark(bufnr, M.namespace, l, 0, {
          virt_text = { { "  " .. table.concat(labels, "  "), "Comment" } },
          virt_text_pos = "eol",
          hl_mode = "combine",
        })
      end
    end
    if done then
      done(nil)
    end
  end)
end

--- The virtual text of a buffer: { [line] = text } (0-based lines).
function M.virtual_text(bufnr)
  local out = {}
  for _, m in ipairs(vim.api.nvim_buf_get_extmarks(bufnr, M.namespace, 0, -1, { details = true })) do
    local text = ""
    for _, chunk in ipairs(m[4].virt_text or {}) do
      text = text .. chunk[1]
    end
    out[m[2]] = (out[m[2]] or "") .. text
  end
  return out
end

local function attach_virtual_text(bufnr)
  if not virtual_text_on() then
    return
  end
  local pending = false
  local function later()
    if pending then
      return
    end
    pending = true
    vim.defer_fn(function()
      pending = false
      M.refresh_virtual_text(bufnr)
    end, 150)
  end
  -- Values arrive with the diagnostics: each publication refreshes them.
  for _, ev in ipairs({ "BufEnter", "InsertLeave", "TextChanged", "DiagnosticChanged" }) do
    pcall(vim.api.nvim_create_autocmd, ev, { group = group, buffer = bufnr, callback = later })
  end
  later()
end

local function on_attach(client, bufnr)
  if vim.bo[bufnr].filetype == "rust" and vim.lsp.semantic_tokens then
    -- rust-analyzer colours Rust; mirlsp's semantic tokens are for MIR.
    pcall(vim.lsp.semantic_tokens.stop, bufnr, client.id)
  end
  enable_inlay_hints(bufnr)
  attach_virtual_text(bufnr)
  if M.config.codelens and vim.lsp.codelens then
    pcall(vim.lsp.codelens.refresh)
    vim.api.nvim_create_autocmd({ "BufEnter", "InsertLeave", "TextChanged" }, {
      group = group,
      buffer = bufnr,
      callback = function()
        pcall(vim.lsp.codelens.refresh)
      end,
    })
  end
  if M.config.on_attach then
    M.config.on_attach(client, bufnr)
  end
end

--- The directory :MirlspInstall builds the binary into.
function M.install_dir()
  return M.config.install_dir or (vim.fn.stdpath("data") .. "/mirlsp")
end

--- The command that starts the server: cmd when cmd[1] is found on PATH (or
--- is a path to an executable), else cmd with the binary :MirlspInstall
--- built; nil when neither exists.
function M.server_cmd()
  local cmd = M.config.cmd
  if vim.fn.executable(cmd[1]) == 1 then
    return cmd
  end
  local installed = M.install_dir() .. "/mirlsp"
  if vim.fn.executable(installed) == 1 then
    local out = vim.deepcopy(cmd)
    out[1] = installed
    return out
  end
  return nil
end

local function client_config(root)
  local settings = M.config.settings
  return {
    name = "mirlsp",
    cmd = M.server_cmd(),
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ":t") } },
    settings = { mirlsp = settings },
    init_options = settings,
    trace = M.config.trace,
    capabilities = M.config.capabilities or vim.lsp.protocol.make_client_capabilities(),
    on_attach = on_attach,
    on_exit = function()
      for r, id in pairs(clients) do
        if vim.lsp.get_client_by_id(id) == nil or r == root then
          clients[r] = nil
        end
      end
    end,
  }
end

--- Starts mirlsp for a buffer (or attaches it to the running server of its root).
function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if not vim.api.nvim_buf_is_valid(bufnr) or vim.bo[bufnr].buftype ~= "" then
    return nil
  end
  if M.server_cmd() == nil then
    if not warned_missing then
      warned_missing = true
      notify(
        string.format(
          "the server binary `%s` was not found on PATH. Run :MirlspInstall to build it with Go, or build it with `go build -o ~/go/bin/mirlsp ./cmd/mirlsp` in the mirlsp repository (and put that directory on PATH), or pass setup({ cmd = { '/path/to/mirlsp', 'serve' } }).",
          M.config.cmd[1]
        ),
        vim.log.levels.ERROR
      )
    end
    return nil
  end
  local root = M.root_dir(bufnr)
  if not legacy then
    return vim.lsp.start(client_config(root), { bufnr = bufnr })
  end
  local id = clients[root]
  if id == nil or vim.lsp.get_client_by_id(id) == nil then
    id = vim.lsp.start_client(client_config(root))
    if id == nil then
      notify("the server did not start: " .. table.concat(M.config.cmd, " "), vim.log.levels.ERROR)
      return nil
    end
    clients[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

local function register_filetype()
  if vim.filetype and vim.filetype.add then
    vim.filetype.add({ extension = { mir = "mir" } })
  end
  if legacy then
    -- 0.7 detects filetypes with filetype.vim unless filetype.lua is enabled.
    vim.api.nvim_create_autocmd({ "BufRead", "BufNewFile" }, {
      group = group,
      pattern = "*.mir",
      command = "setfiletype mir",
    })
  end
  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = "mir",
    callback = function(ev)
      vim.bo[ev.buf].commentstring = "// %s"
    end,
  })
end

--- Splits "1, (2, 3), 'a'" at the commas outside brackets and quotes.
function M.split_arguments(input)
  local out, cur, depth, quote = {}, "", 0, nil
  local i = 1
  while i <= #input do
    local ch = input:sub(i, i)
    if quote then
      cur = cur .. ch
      if ch == "\\" and i < #input then
        i = i + 1
        cur = cur .. input:sub(i, i)
      elseif ch == quote then
        quote = nil
      end
    elseif ch == "," and depth == 0 then
      table.insert(out, vim.trim(cur))
      cur = ""
    else
      if ch == '"' or ch == "'" then
        quote = ch
      elseif ch:match("[%(%[{]") then
        depth = depth + 1
      elseif ch:match("[%)%]}]") then
        depth = depth - 1
      end
      cur = cur .. ch
    end
    i = i + 1
  end
  if vim.trim(cur) ~= "" or #out > 0 then
    table.insert(out, vim.trim(cur))
  end
  return out
end

-- Calls a method of a client: client:name(...) on 0.11+, which deprecates client.name(...).
local function method(client, name, ...)
  if has("nvim-0.11") then
    return client[name](client, ...)
  end
  return client[name](...)
end

local function request(client, bufnr, name, params, handler)
  return method(client, "request", name, params, handler, bufnr)
end

--- Evaluates fn of the document uri; when the server answers that fn takes
--- arguments, asks for them (the message names their types) and evaluates again.
function M.evaluate(bufnr, uri, fn, args, done)
  local client = client_for(bufnr)
  if not client then
    notify("no mirlsp server is attached to this buffer", vim.log.levels.ERROR)
    return
  end
  local arguments = { uri, fn }
  for _, a in ipairs(args or {}) do
    table.insert(arguments, a)
  end
  request(client, bufnr, "workspace/executeCommand", { command = M.SERVER_EVALUATE, arguments = arguments }, function(err, result)
    if err then
      local n, params = tostring(err.message):match("takes (%d+) arguments %((.*)%), got")
      if n and args == nil then
        vim.ui.input({ prompt = string.format("%s(%s) arguments: ", fn, params) }, function(input)
          if input then
            M.evaluate(bufnr, uri, fn, M.split_arguments(input), done)
          end
        end)
        return
      end
      notify("evaluate " .. fn .. ": " .. tostring(err.message), vim.log.levels.ERROR)
    end
    -- The server also shows the result with window/showMessage.
    if done then
      done(err, result)
    end
  end)
end

--- The fns of a buffer with their "Evaluate" lens: { {name=, uri=, line=} }, in order.
function M.functions(bufnr)
  local client = client_for(bufnr)
  if not client then
    return {}
  end
  local res = vim.lsp.buf_request_sync(bufnr, "textDocument/codeLens", { textDocument = vim.lsp.util.make_text_document_params(bufnr) }, 5000)
  local fns = {}
  for id, r in pairs(res or {}) do
    if id == client.id then
      for _, lens in ipairs(r.result or {}) do
        local cmd = lens.command
        if cmd and cmd.command == M.SERVER_EVALUATE and cmd.arguments and #cmd.arguments >= 2 then
          table.insert(fns, { name = cmd.arguments[2], uri = cmd.arguments[1], line = lens.range.start.line })
        end
      end
    end
  end
  table.sort(fns, function(a, b)
    return a.line < b.line
  end)
  return fns
end

local function evaluate_command(opts)
  local bufnr = vim.api.nvim_get_current_buf()
  local fns = M.functions(bufnr)
  if #fns == 0 then
    notify("this buffer has no fn to evaluate", vim.log.levels.WARN)
    return
  end
  local words = vim.trim(opts.args or "")
  if words ~= "" then
    local name, rest = words:match("^(%S+)%s*(.*)$")
    for _, f in ipairs(fns) do
      if f.name == name then
        M.evaluate(bufnr, f.uri, f.name, rest ~= "" and M.split_arguments(rest) or nil)
        return
      end
    end
    notify("no fn " .. name .. " in this buffer", vim.log.levels.ERROR)
    return
  end
  -- The fn at or above the cursor.
  local line = vim.api.nvim_win_get_cursor(0)[1] - 1
  local pick
  for _, f in ipairs(fns) do
    if f.line <= line then
      pick = f
    end
  end
  if pick then
    M.evaluate(bufnr, pick.uri, pick.name)
    return
  end
  vim.ui.select(fns, {
    prompt = "The fn to evaluate",
    format_item = function(f)
      return f.name
    end,
  }, function(f)
    if f then
      M.evaluate(bufnr, f.uri, f.name)
    end
  end)
end

--- Shows text as a read-only mir buffer named name.
local function show_mir_buffer(name, text)
  local buf = vim.fn.bufnr(name)
  if buf == -1 then
    buf = vim.api.nvim_create_buf(true, true)
    vim.api.nvim_buf_set_name(buf, name)
  end
  vim.bo[buf].modifiable = true
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, vim.split(text, "\n", { plain = true }))
  vim.bo[buf].buftype = "nofile"
  vim.bo[buf].swapfile = false
  vim.bo[buf].modifiable = false
  vim.bo[buf].readonly = true
  vim.bo[buf].filetype = "mir"
  vim.cmd("vsplit")
  vim.api.nvim_win_set_buf(0, buf)
  return buf
end

--- :MirlspShowMir: the MIR of the current Rust buffer, in a read-only mir buffer.
--- done(err, bufnr) is called when the buffer is shown or the request failed.
function M.show_mir(bufnr, done)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if vim.bo[bufnr].filetype ~= "rust" then
    notify("MirlspShowMir works on a Rust buffer", vim.log.levels.WARN)
    return
  end
  local client = client_for(bufnr)
  if not client then
    notify("no mirlsp server is attached to this buffer", vim.log.levels.ERROR)
    return
  end
  local uri = vim.uri_from_bufnr(bufnr)
  request(client, bufnr, "workspace/executeCommand", { command = M.SERVER_SHOW_MIR, arguments = { uri } }, function(err, result)
    if err or type(result) ~= "string" then
      local msg = err and tostring(err.message) or "the server sent no MIR text"
      notify("Show MIR failed: " .. msg, vim.log.levels.ERROR)
      if done then
        done(msg, nil)
      end
      return
    end
    local buf = show_mir_buffer("mirlsp://" .. vim.api.nvim_buf_get_name(bufnr) .. ".mir", result)
    if done then
      done(nil, buf)
    end
  end)
end

--- Changes the server's settings (merged into the current ones) in every
--- running mirlsp client: they answer workspace/configuration from now on,
--- and get a workspace/didChangeConfiguration.
function M.update_settings(settings)
  M.config.settings = vim.tbl_deep_extend("force", M.config.settings, settings or {})
  local get = vim.lsp.get_clients or vim.lsp.get_active_clients
  for _, c in ipairs(get()) do
    if c.name == "mirlsp" then
      c.config.settings = { mirlsp = M.config.settings }
      method(c, "notify", "workspace/didChangeConfiguration", { settings = c.config.settings })
    end
  end
end

--- :MirlspRestart: stops the servers and starts them again for every mir and rust buffer.
function M.restart()
  local ids = {}
  local get = vim.lsp.get_clients or vim.lsp.get_active_clients
  for _, c in ipairs(get()) do
    if c.name == "mirlsp" then
      table.insert(ids, c.id)
      method(c, "stop")
    end
  end
  clients = {}
  local deadline = vim.loop.now() + 5000
  vim.wait(5000, function()
    for _, id in ipairs(ids) do
      -- Wait until the old client is gone: a buffer attached while it is
      -- still exiting would be detached again by its exit.
      if vim.lsp.get_client_by_id(id) ~= nil then
        return false
      end
    end
    return true
  end, 20)
  if vim.loop.now() > deadline then
    notify("the old server did not stop in 5 s", vim.log.levels.WARN)
  end
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(buf) and vim.tbl_contains(M.config.filetypes, vim.bo[buf].filetype) then
      M.attach(buf)
    end
  end
  notify("server restarted")
end

--- :MirlspInstall: builds the server from the repository this plugin is in
--- (`go build -o <install_dir>/mirlsp ./cmd/mirlsp`, which needs Go) and
--- starts it for the open mir and rust buffers. done(err) is called when
--- the build ends.
function M.install(done)
  local repo = vim.fn.fnamemodify(plugin_root(), ":h:h")
  local function finish(err)
    if err then
      notify("MirlspInstall: " .. err, vim.log.levels.ERROR)
    end
    if done then
      done(err)
    end
  end
  if vim.fn.filereadable(repo .. "/go.mod") ~= 1 or vim.fn.isdirectory(repo .. "/cmd/mirlsp") ~= 1 then
    return finish("the plugin is not inside the mirlsp repository (" .. repo .. "): build mirlsp there with `go build ./cmd/mirlsp`")
  end
  if vim.fn.executable("go") ~= 1 then
    return finish("`go` is not on PATH: install Go (https://go.dev/dl/) first")
  end
  local dir = M.install_dir()
  vim.fn.mkdir(dir, "p")
  local out = {}
  local keep = function(_, data)
    for _, l in ipairs(data or {}) do
      if l ~= "" then
        table.insert(out, l)
      end
    end
  end
  notify("building " .. dir .. "/mirlsp with go build")
  local job = vim.fn.jobstart({ "go", "build", "-o", dir .. "/mirlsp", "./cmd/mirlsp" }, {
    cwd = repo,
    on_stdout = keep,
    on_stderr = keep,
    on_exit = function(_, code)
      if code ~= 0 then
        return finish("go build failed: " .. table.concat(out, "\n"))
      end
      notify("installed " .. dir .. "/mirlsp")
      warned_missing = false
      for _, buf in ipairs(vim.api.nvim_list_bufs()) do
        if vim.api.nvim_buf_is_loaded(buf) and vim.tbl_contains(M.config.filetypes, vim.bo[buf].filetype) then
          M.attach(buf)
        end
      end
      finish(nil)
    end,
  })
  if job <= 0 then
    finish("could not run go build")
  end
end

local function add_commands()
  vim.api.nvim_create_user_command("MirlspShowMir", function()
    M.show_mir(0)
  end, { desc = "mirlsp: show the MIR of this Rust file" })
  vim.api.nvim_create_user_command("MirlspEvaluate", evaluate_command, {
    nargs = "*",
    desc = "mirlsp: evaluate a fn (:MirlspEvaluate [fn [arguments, ...]])",
    complete = function()
      return vim.tbl_map(function(f)
        return f.name
      end, M.functions(vim.api.nvim_get_current_buf()))
    end,
  })
  vim.api.nvim_create_user_command("MirlspRestart", M.restart, { desc = "mirlsp: restart the server" })
  vim.api.nvim_create_user_command("MirlspInstall", function()
    M.install()
  end, { desc = "mirlsp: build the server with go build" })
end

function M.setup(opts)
  M.config = vim.tbl_deep_extend("force", vim.deepcopy(defaults), opts or {})
  warned_missing = false
  group = vim.api.nvim_create_augroup("mirlsp", { clear = true })
  -- The syntax file lives beside this module: make sure its directory is on 'runtimepath'.
  local root = plugin_root()
  if not vim.tbl_contains(vim.api.nvim_list_runtime_paths(), root) then
    vim.opt.runtimepath:append(root)
  end
  register_filetype()
  -- The "Evaluate…" code lens of a fn with parameters asks for the arguments.
  vim.lsp.commands[M.SERVER_EVALUATE] = function(command, ctx)
    local args = command.arguments or {}
    local extra = {}
    for i = 3, #args do
      table.insert(extra, tostring(args[i]))
    end
    M.evaluate(ctx.bufnr, args[1], args[2], #args > 2 and extra or nil)
  end
  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = M.config.filetypes,
    callback = function(ev)
      M.attach(ev.buf)
    end,
  })
  add_commands()
  -- Buffers opened before setup.
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(buf) then
      local ft = vim.bo[buf].filetype
      if ft == "" and vim.api.nvim_buf_get_name(buf):match("%.mir$") then
        vim.bo[buf].filetype = "mir" -- its FileType autocmd attaches it
      elseif vim.tbl_contains(M.config.filetypes, ft) then
        M.attach(buf)
      end
    end
  end
end

return M
