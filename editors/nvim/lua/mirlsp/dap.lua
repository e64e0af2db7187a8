-- mirlsp's debug adapter for nvim-dap: step through a constant's
-- evaluation (`mirlsp dap`, the Debug Adapter Protocol on stdio).
--
--   require("mirlsp.dap").setup({})   -- after require("mirlsp").setup()
--
-- registers the `mirlsp` adapter and launch configurations for rust and
-- mir buffers with nvim-dap (https://github.com/mfussenegger/nvim-dap),
-- and the user command
--
--   :MirlspDebug ITEM         debug a const, static or anon const (FOO, Foo::{constant#0})
--   :MirlspDebug f(1, 2)      debug a call of a const fn with argument literals
--   :MirlspDebug              the fn of the "Evaluate" lens at or above the cursor
--
-- Breakpoints, stepping, the Variables (scopes) and the REPL/watches are
-- nvim-dap's own (:DapToggleBreakpoint, :DapContinue, :DapStepOver, ...).

local M = {}

local defaults = {
  -- The adapter: { binary, arguments... }; the binary is looked up on PATH.
  cmd = { "mirlsp", "dap" },
  -- Stop before the first statement when started with :MirlspDebug.
  stop_on_entry = true,
  -- ConstEvalCounter steps (0: rustc's 2,000,000; -1: no limit).
  step_limit = 0,
}

M.config = vim.deepcopy(defaults)

local function notify(msg, level)
  vim.notify("mirlsp: " .. msg, level or vim.log.levels.INFO)
end

--- Splits "1, (2, 3)" at the commas outside brackets and quotes.
function M.split_args(s)
  local out, depth, quote, cur = {}, 0, nil, ""
  for ch in s:gmatch(".") do
    if quote then
      cur = cur .. ch
      if ch == quote then quote = nil end
    elseif ch == '"' or ch == "'" then
      quote, cur = ch, cur .. ch
    elseif ch:match("[%(%[{]") then
      depth, cur = depth + 1, cur .. ch
    elseif ch:match("[%)%]}]") then
      depth, cur = depth - 1, cur .. ch
    elseif ch == "," and depth == 0 then
      table.insert(out, vim.trim(cur))
      cur = ""
    else
      cur = cur .. ch
    end
  end
  if vim.trim(cur) ~= "" or #out > 0 then table.insert(out, vim.trim(cur)) end
  return out
end

--- The launch configuration of :MirlspDebug's argument for the file path.
function M.configuration(path, arg)
  local cfg = { type = "mirlsp", request = "launch", name = "mirlsp: " .. arg, program = path,
    stopOnEntry = M.config.stop_on_entry, stepLimit = M.config.step_limit }
  local fn, args = arg:match("^([%w_:<>]+)%((.*)%)$")
  if fn then
    cfg["function"], cfg.args = fn, M.split_args(args)
  else
    cfg.item = arg
  end
  return cfg
end

--- The fn of the "Evaluate" lens at or above the cursor, or nil.
local function lens_fn(bufnr)
  local ok, lenses = pcall(vim.lsp.codelens.get, bufnr)
  if not ok or not lenses then return nil end
  local row = vim.api.nvim_win_get_cursor(0)[1] - 1
  local best
  for _, l in ipairs(lenses) do
    local c = l.command
    if c and c.command == "mirlsp.evaluate" and c.arguments and #c.arguments == 2 and l.range.start.line <= row then
      if not best or l.range.start.line > best.range.start.line then best = l end
    end
  end
  return best and { name = best.command.arguments[2], args = best.command.title:sub(-3) == "…" }
end

--- :MirlspDebug [ITEM | f(args)]
function M.debug(arg)
  local ok, dap = pcall(require, "dap")
  if not ok then
    notify("nvim-dap is not installed", vim.log.levels.ERROR)
    return
  end
  local bufnr = vim.api.nvim_get_current_buf()
  local path = vim.api.nvim_buf_get_name(bufnr)
  if arg == nil or arg == "" then
    local fn = lens_fn(bufnr)
    if not fn then
      notify("give an item (:MirlspDebug FOO) or a call (:MirlspDebug f(1, 2))", vim.log.levels.WARN)
      return
    end
    arg = fn.name .. "()"
    if fn.args then
      local input = vim.fn.input("Arguments of " .. fn.name .. ": ")
      arg = fn.name .. "(" .. input .. ")"
    end
  end
  dap.run(M.configuration(path, arg))
end

function M.setup(opts)
  M.config = vim.tbl_deep_extend("force", vim.deepcopy(defaults), opts or {})
  local ok, dap = pcall(require, "dap")
  if ok then
    dap.adapters.mirlsp = { type = "executable", command = M.config.cmd[1], args = vim.list_slice(M.config.cmd, 2) }
    for _, ft in ipairs({ "rust", "mir" }) do
      dap.configurations[ft] = dap.configurations[ft] or {}
      table.insert(dap.configurations[ft], {
        type = "mirlsp", request = "launch", name = "mirlsp: debug a constant",
        program = "${file}", item = function() return vim.fn.input("Item (FOO, Foo::{constant#0}): ") end,
        stopOnEntry = true,
      })
    end
  end
  vim.api.nvim_create_user_command("MirlspDebug", function(o) M.debug(o.args) end,
    { nargs = "?", desc = "mirlsp: debug a constant's evaluation (nvim-dap)" })
end

return M
