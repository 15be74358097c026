-- Drives Neovim's built-in LSP client (headless) against `minutebook lsp`: opens a broken minutes
-- file, waits for the diagnostics, applies the quick fix offered on the first fixable one, waits
-- for the diagnostics of the edited buffer, and writes what it saw as JSON for the test to assert.
-- Written for Neovim 0.7 and later (vim.lsp.start_client, vim.diagnostic).
local file, out = os.getenv('MB_FILE'), os.getenv('MB_OUT')
local result = { steps = {} }

local function write_result()
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
end

local function diagnostics(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(list, {
      code = lsp.code or d.code,
      href = lsp.codeDescription and lsp.codeDescription.href or vim.NIL,
      severity = d.severity,
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      message = d.message,
      source = d.source,
    })
  end
  table.sort(list, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and (a.col < b.col or (a.col == b.col and a.message < b.message))) end)
  return list
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'minutebook',
    cmd = { os.getenv('MB_NODE'), os.getenv('MB_BIN'), 'lsp', '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
  })
  assert(client_id, 'the client did not start')
  vim.lsp.buf_attach_client(buf, client_id)
  assert(vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 20), 'no diagnostics within 15 s')
  result.before = diagnostics(buf)

  -- The first finding that has a quick fix: put the cursor on it and ask, as `:lua vim.lsp.buf.code_action()` would.
  local target
  for _, d in ipairs(result.before) do
    if d.code == 'action-syntax' then target = d break end
  end
  assert(target, 'no action-syntax finding')
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf), only = { 'quickfix' } }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000)
  local actions = responses and responses[client_id] and responses[client_id].result or {}
  result.titles = {}
  for _, a in ipairs(actions) do table.insert(result.titles, a.title) end
  assert(actions[1] and actions[1].edit, 'no code action with an edit')
  local before_count = #result.before
  vim.lsp.util.apply_workspace_edit(actions[1].edit, 'utf-16')
  assert(vim.wait(15000, function() return #vim.diagnostic.get(buf) == before_count - 1 end, 20), 'the diagnostics did not follow the edit')
  result.after = diagnostics(buf)
  result.text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n') .. '\n'
  result.modified = vim.bo[buf].modified
  vim.lsp.stop_client(client_id)
end)

if not ok then result.error = tostring(err) end
write_result()
vim.cmd(ok and 'qall!' or 'cquit! 1')
