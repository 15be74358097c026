/**
 * A language client for tests: spawns the real bundled `minutebook lsp` and talks LSP to it over
 * its standard input and output with vscode-languageserver-protocol's connection.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node.js';
import { BIN, ROOT } from './cli.js';

export interface TestClient {
  connection: ProtocolConnection;
  process: ChildProcess;
  /** Everything the server wrote to standard error (it must write nothing there while healthy). */
  stderr: () => string;
  /** Resolves with the next diagnostics published for a URI after `since` (a counter from `published`). */
  diagnostics(uri: string, since?: number): Promise<PublishDiagnosticsParams>;
  /** How many diagnostics notifications have arrived for a URI so far. */
  published(uri: string): number;
  open(path: string, text: string, version?: number): string;
  change(uri: string, text: string, version: number): void;
  stop(): Promise<void>;
}

export const uriOf = (path: string) => pathToFileURL(path).href;

export async function startClient(options: { cwd?: string; initializationOptions?: unknown; args?: string[] } = {}): Promise<TestClient> {
  const child = spawn(process.execPath, [BIN, 'lsp', '--stdio', ...(options.args ?? [])], { cwd: options.cwd ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const received = new Map<string, PublishDiagnosticsParams[]>();
  const waiting: Array<{ uri: string; since: number; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const list = received.get(p.uri) ?? [];
    list.push(p);
    received.set(p.uri, list);
    for (const w of [...waiting]) {
      if (w.uri === p.uri && list.length > w.since) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(list[w.since]!);
      }
    }
  });
  connection.onNotification('window/logMessage', (p: { message: string }) => (stderr += `[log] ${p.message}\n`));
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uriOf(options.cwd ?? ROOT),
    capabilities: { textDocument: { publishDiagnostics: { relatedInformation: false } } },
    initializationOptions: options.initializationOptions,
  });
  connection.sendNotification('initialized', {});

  const client: TestClient = {
    connection,
    process: child,
    stderr: () => stderr,
    published: (uri) => received.get(uri)?.length ?? 0,
    diagnostics(uri, since) {
      const from = since ?? client.published(uri);
      const have = received.get(uri);
      if (have && have.length > from) return Promise.resolve(have[from]!);
      return new Promise((resolve) => waiting.push({ uri, since: from, resolve }));
    },
    open(path, text, version = 1) {
      const uri = uriOf(path);
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
      return uri;
    },
    change(uri, text, version) {
      connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    async stop() {
      await connection.sendRequest('shutdown');
      connection.sendNotification('exit');
      await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
      connection.dispose();
    },
  };
  return client;
}

export type { Diagnostic };
