/**
 * `minutebook lsp`: the language server over stdio. The protocol (JSON-RPC framing, document
 * sync) is vscode-languageserver's; this module only wires its events to the workspace and the
 * feature modules, and times the diagnostics.
 */
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, DidChangeWatchedFilesNotification, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, FIX_ALL_KIND } from './code-actions.js';
import { completions } from './completion.js';
import { definitionOf } from './definition.js';
import { toDiagnostic, toDiagnostics } from './diagnostics.js';
import { hoverText } from './hover.js';
import { modelOffset } from './text-position.js';
import { knownNames, targetAt } from './under-cursor.js';
import type { Files } from './files.js';
import { Workspace, type Series } from './workspace.js';
import type { Analysis } from '../core/analyse.js';
import { idPatternOf } from '../model/action-id.js';

export interface ServerOptions {
  /** The disk, as the CLI reads it. */
  files: Files;
  /** minutebook's version, told to the client. */
  version: string;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/**
 * A change after a quiet spell is checked at once (after the notifications already queued, so
 * that a paste sent as several changes is one check); changes that follow one another within
 * this time wait for a pause of this length, so that fast typing is not checked key by key.
 * Other open meetings of the series are checked again after a longer pause: their cross-meeting
 * findings change less often.
 */
const EDIT_DELAY_MS = 15;
const SERIES_DELAY_MS = 300;

export function startServer(options: ServerOptions): Connection {
  const connection = createConnection(options.input ?? process.stdin, options.output ?? process.stdout);
  // Standard output carries the protocol: anything else printed there would break it.
  console.log = (...a: unknown[]) => connection.console.log(a.map(String).join(' '));
  console.warn = (...a: unknown[]) => connection.console.warn(a.map(String).join(' '));
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace(options.files);
  const timers = new Map<string, NodeJS.Timeout>();
  /** When each document last changed or was last checked: activity that a change is quiet after. */
  const lastChange = new Map<string, number>();
  const configShown = new Set<string>();
  let editDelay = EDIT_DELAY_MS;
  let watchFiles = false;

  const pathOf = (uri: string) => (uri.startsWith('file:') ? fileURLToPath(uri) : resolve(uri.replace(/^[a-z]+:/i, '')));

  const report = (where: string, e: unknown) => connection.console.error(`minutebook: ${where}: ${(e as Error)?.stack ?? String(e)}`);

  /** The analysis of an open document as it is now. */
  const analysisOf = (doc: TextDocument): Analysis => {
    const path = pathOf(doc.uri);
    workspace.setOpen(path, doc.getText());
    return workspace.diagnose(path);
  };

  const publish = (uri: string, fresh: boolean) => {
    const doc = documents.get(uri);
    if (!doc) return;
    try {
      const path = pathOf(uri);
      if (fresh) workspace.forget(path);
      workspace.setOpen(path, doc.getText());
      const diagnostics = workspace.isMinutes(path) ? toDiagnostics(analysisOf(doc), doc) : [];
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
      // Changes that waited while this check ran are part of the same burst.
      lastChange.set(uri, performance.now());
      publishConfig(path);
    } catch (e) {
      report(`checking ${uri}`, e);
    }
  };

  /** Findings in a configuration file go to that file, shown whether or not it is open. */
  const publishConfig = (path: string) => {
    const file = workspace.configOf(path).file;
    if (!file?.path) return;
    const key = `${file.path}\u0000${file.messages.length}`;
    if (configShown.has(key)) return;
    configShown.add(key);
    void connection.sendDiagnostics({ uri: pathToFileURL(file.path).href, diagnostics: file.messages.map((m) => toDiagnostic(m)) });
  };

  /** Documents whose series changed since their last check: their next check reads it again. */
  const stale = new Set<string>();

  const schedule = (uri: string, delay: number) => {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        const fresh = stale.delete(uri);
        publish(uri, fresh);
      }, delay),
    );
  };

  /** Cross-meeting findings of the other open meetings of a series may change with this one. */
  const scheduleSeries = (uri: string) => {
    const root = workspace.rootOf(pathOf(uri));
    if (root === undefined) return;
    for (const other of documents.keys()) {
      if (other === uri || workspace.rootOf(pathOf(other)) !== root) continue;
      stale.add(other);
      // A check already due (the other file is being edited too) is not put off.
      if (!timers.has(other)) schedule(other, SERIES_DELAY_MS);
    }
  };

  const withSeries = <T>(uri: string, position: { line: number; character: number }, use: (a: { doc: TextDocument; analysis: Analysis; series: Series; offset: number }) => T | undefined): T | undefined => {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    try {
      const analysis = analysisOf(doc);
      const series = workspace.seriesOf(pathOf(uri));
      if (!series || analysis.source === undefined) return undefined;
      return use({ doc, analysis, series, offset: modelOffset(doc, position) });
    } catch (e) {
      report(`answering for ${uri}`, e);
      return undefined;
    }
  };

  connection.onInitialize((params): InitializeResult => {
    const init = params.initializationOptions as { debounce?: unknown } | undefined;
    if (typeof init?.debounce === 'number' && init.debounce >= 0) editDelay = init.debounce;
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        hoverProvider: true,
        definitionProvider: true,
        completionProvider: { triggerCharacters: [' ', '=', '-'] },
      },
      serverInfo: { name: 'minutebook', version: options.version },
    };
  });

  connection.onInitialized(() => {
    if (watchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.md' }, { globPattern: '**/.minutebook.yaml' }],
      });
    }
  });

  connection.onDidChangeWatchedFiles((params) => {
    for (const c of params.changes) workspace.invalidate(pathOf(c.uri));
    configShown.clear();
    for (const uri of documents.keys()) {
      stale.add(uri);
      if (!timers.has(uri)) schedule(uri, SERIES_DELAY_MS);
    }
  });

  // Fired on open as well as on every change.
  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    const now = performance.now();
    const quiet = !timers.has(uri) && now - (lastChange.get(uri) ?? -Infinity) > editDelay;
    lastChange.set(uri, now);
    schedule(uri, quiet ? 0 : editDelay);
    scheduleSeries(e.document.uri);
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    lastChange.delete(e.document.uri);
    stale.delete(e.document.uri);
    workspace.close(pathOf(e.document.uri));
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    scheduleSeries(e.document.uri);
  });

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    try {
      const pattern = idPatternOf(workspace.configOf(pathOf(doc.uri)).config);
      return codeActions(analysisOf(doc), doc, params.range, pattern, params.context.only);
    } catch (e) {
      report(`code actions for ${doc.uri}`, e);
      return [];
    }
  });

  connection.onHover((params) =>
    withSeries(params.textDocument.uri, params.position, ({ analysis, series, offset }) => {
      const target = targetAt(analysis.source!, offset, analysis.meeting?.people ?? [], series.config, knownNames(series.config, series.meetings), (id) => series.register.byId.has(id));
      const text = target && hoverText(target, series);
      return text ? { contents: { kind: 'markdown' as const, value: text } } : undefined;
    }) ?? null,
  );

  connection.onDefinition((params) =>
    withSeries(params.textDocument.uri, params.position, ({ analysis, series, offset }) => {
      const target = targetAt(analysis.source!, offset, analysis.meeting?.people ?? [], series.config, [], (id) => series.register.byId.has(id));
      return target && definitionOf(target, series);
    }) ?? null,
  );

  connection.onCompletion((params) => withSeries(params.textDocument.uri, params.position, ({ analysis, series, offset }) => completions(analysis.source!, offset, series)) ?? []);

  // Memory as the server sees it, after a full collection when Node runs with --expose-gc: the
  // benchmark reads it to show that memory stays flat over many edits.
  connection.onRequest('minutebook/memory', () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const m = process.memoryUsage();
    return { collected: gc !== undefined, heapUsed: m.heapUsed, rss: m.rss };
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
