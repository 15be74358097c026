// Starts `minutebook lsp` for the Markdown files of the workspace. The server decides which of
// them are minutes (front matter) and finds each file's .minutebook.yaml itself.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

exports.activate = function activate(context) {
  const [command, ...args] = vscode.workspace.getConfiguration('minutebook').get('command');
  const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  client = new LanguageClient(
    'minutebook',
    'minutebook',
    // The command line already says --stdio: the transport is given as the default (stdio).
    { command, args, options: { cwd, shell: process.platform === 'win32' } },
    { documentSelector: [{ scheme: 'file', language: 'markdown' }] },
  );
  context.subscriptions.push(client);
  return client.start();
};

exports.deactivate = function deactivate() {
  return client?.stop();
};
