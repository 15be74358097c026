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

const pathOf = (uri: string) => (uri.startsWith('file:') ? fileURLToPath(uri) : resolve(uri.replace(/^[a-z]+:/i, '')));

/** What the server keeps between events: the open documents, the workspace and the pending checks. */
class Server {
  readonly documents = new TextDocuments(TextDocument);
  readonly workspace: Workspace;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** When each document last changed or was last checked: activity that a change is quiet after. */
  private readonly lastChange = new Map<string, number>();
  private readonly configShown = new Set<string>();
  /** Documents whose series changed since their last check: their next check reads it again. */
  private readonly stale = new Set<string>();
  editDelay = EDIT_DELAY_MS;
  watchFiles = false;

  constructor(
    readonly connection: Connection,
    files: Files,
  ) {
    this.workspace = new Workspace(files);
  }

  report(where: string, e: unknown): void {
    this.connection.console.error(`minutebook: ${where}: ${(e as Error)?.stack ?? String(e)}`);
  }

  /** The analysis of an open document as it is now. */
  analysisOf(doc: TextDocument): Analysis {
    const path = pathOf(doc.uri);
    this.workspace.setOpen(path, doc.getText());
    return this.workspace.diagnose(path);
  }

  private publish(uri: string, fresh: boolean): void {
    const doc = this.documents.get(uri);
    if (!doc) return;
    try {
      const path = pathOf(uri);
      if (fresh) this.workspace.forget(path);
      this.workspace.setOpen(path, doc.getText());
      const diagnostics = this.workspace.isMinutes(path) ? toDiagnostics(this.analysisOf(doc), doc) : [];
      void this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
      // Changes that waited while this check ran are part of the same burst.
      this.lastChange.set(uri, performance.now());
      this.publishConfig(path);
    } catch (e) {
      this.report(`checking ${uri}`, e);
    }
  }

  /** Findings in a configuration file go to that file, shown whether or not it is open. */
  private publishConfig(path: string): void {
    const file = this.workspace.configOf(path).file;
    if (!file?.path) return;
    const key = `${file.path}\u0000${file.messages.length}`;
    if (this.configShown.has(key)) return;
    this.configShown.add(key);
    void this.connection.sendDiagnostics({ uri: pathToFileURL(file.path).href, diagnostics: file.messages.map((m) => toDiagnostic(m)) });
  }

  private schedule(uri: string, delay: number): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        const fresh = this.stale.delete(uri);
        this.publish(uri, fresh);
      }, delay),
    );
  }

  /** Cross-meeting findings of the other open meetings of a series may change with this one. */
  private scheduleSeries(uri: string): void {
    const root = this.workspace.rootOf(pathOf(uri));
    if (root === undefined) return;
    for (const other of this.documents.keys()) {
      if (other === uri || this.workspace.rootOf(pathOf(other)) !== root) continue;
      this.stale.add(other);
      // A check already due (the other file is being edited too) is not put off.
      if (!this.timers.has(other)) this.schedule(other, SERIES_DELAY_MS);
    }
  }

  /** A document opened or changed: checked at once after a quiet spell, else after a pause. */
  changed(uri: string): void {
    const now = performance.now();
    const quiet = !this.timers.has(uri) && now - (this.lastChange.get(uri) ?? -Infinity) > this.editDelay;
    this.lastChange.set(uri, now);
    this.schedule(uri, quiet ? 0 : this.editDelay);
    this.scheduleSeries(uri);
  }

  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.lastChange.delete(uri);
    this.stale.delete(uri);
    this.workspace.close(pathOf(uri));
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.scheduleSeries(uri);
  }

  /** Files changed outside the editor: what was read from them is forgotten and every open document checked again. */
  savedElsewhere(uris: string[]): void {
    for (const uri of uris) this.workspace.invalidate(pathOf(uri));
    this.configShown.clear();
    for (const uri of this.documents.keys()) {
      this.stale.add(uri);
      if (!this.timers.has(uri)) this.schedule(uri, SERIES_DELAY_MS);
    }
  }

  withSeries<T>(uri: string, position: { line: number; character: number }, use: (a: { doc: TextDocument; analysis: Analysis; series: Series; offset: number }) => T | undefined): T | undefined {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    try {
      const analysis = this.analysisOf(doc);
      const series = this.workspace.seriesOf(pathOf(uri));
      if (!series || analysis.source === undefined) return undefined;
      return use({ doc, analysis, series, offset: modelOffset(doc, position) });
    } catch (e) {
      this.report(`answering for ${uri}`, e);
      return undefined;
    }
  }
}

/** Initialisation, the client's file watching, and the documents' opening, changes and closing. */
function listenLifecycle(server: Server, version: string): void {
  const { connection, documents } = server;
  connection.onInitialize((params): InitializeResult => {
    const init = params.initializationOptions as { debounce?: unknown } | undefined;
    if (typeof init?.debounce === 'number' && init.debounce >= 0) server.editDelay = init.debounce;
    server.watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        hoverProvider: true,
        definitionProvider: true,
        completionProvider: { triggerCharacters: [' ', '=', '-'] },
      },
      serverInfo: { name: 'minutebook', version },
    };
  });

  connection.onInitialized(() => {
    if (server.watchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.md' }, { globPattern: '**/.minutebook.yaml' }],
      });
    }
  });

  connection.onDidChangeWatchedFiles((params) => server.savedElsewhere(params.changes.map((c) => c.uri)));
  // Fired on open as well as on every change.
  documents.onDidChangeContent((e) => server.changed(e.document.uri));
  documents.onDidClose((e) => server.closed(e.document.uri));
}

/** Code actions, hover, definition, completion, and the memory probe of the benchmark. */
function listenFeatures(server: Server): void {
  const { connection, documents, workspace } = server;
  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    try {
      const pattern = idPatternOf(workspace.configOf(pathOf(doc.uri)).config);
      return codeActions(server.analysisOf(doc), doc, params.range, pattern, params.context.only);
    } catch (e) {
      server.report(`code actions for ${doc.uri}`, e);
      return [];
    }
  });

  connection.onHover((params) =>
    server.withSeries(params.textDocument.uri, params.position, ({ analysis, series, offset }) => {
      const target = targetAt(analysis.source!, offset, analysis.meeting?.people ?? [], series.config, knownNames(series.config, series.meetings), (id) => series.register.byId.has(id));
      const text = target && hoverText(target, series);
      return text ? { contents: { kind: 'markdown' as const, value: text } } : undefined;
    }) ?? null,
  );

  connection.onDefinition((params) =>
    server.withSeries(params.textDocument.uri, params.position, ({ analysis, series, offset }) => {
      const target = targetAt(analysis.source!, offset, analysis.meeting?.people ?? [], series.config, [], (id) => series.register.byId.has(id));
      return target && definitionOf(target, series);
    }) ?? null,
  );

  connection.onCompletion((params) => server.withSeries(params.textDocument.uri, params.position, ({ analysis, series, offset }) => completions(analysis.source!, offset, series)) ?? []);

  // Memory as the server sees it, after a full collection when Node runs with --expose-gc: the
  // benchmark reads it to show that memory stays flat over many edits.
  connection.onRequest('minutebook/memory', () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const m = process.memoryUsage();
    return { collected: gc !== undefined, heapUsed: m.heapUsed, rss: m.rss };
  });
}

export function startServer(options: ServerOptions): Connection {
  const connection = createConnection(options.input ?? process.stdin, options.output ?? process.stdout);
  // Standard output carries the protocol: anything else printed there would break it.
  console.log = (...a: unknown[]) => connection.console.log(a.map(String).join(' '));
  console.warn = (...a: unknown[]) => connection.console.warn(a.map(String).join(' '));
  const server = new Server(connection, options.files);
  listenLifecycle(server, options.version);
  listenFeatures(server);
  server.documents.listen(connection);
  connection.listen();
  return connection;
}
