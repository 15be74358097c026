// The language server as an editor meets it: a warm `minutebook lsp` with a 13 kB meeting of a
// three-meeting series open, 1,000 edits of one character (typed, then taken back) at a fast
// typist's pace, each timed from the didChange notification to the publishDiagnostics for that
// version. Memory should stay flat: the server (run with --expose-gc)
// reports its heap after a full collection after the first 100 edits and after all 1,000.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';

const EDITS = 1000;
const WARM_UP = 50;
const TARGET_MS = 50;
/** Pause between one edit's diagnostics and the next edit: keys about 10 a second, fast typing. */
const TYPING_GAP_MS = 60;
/** Flat: the heap after 1,000 edits at most this much above the heap after 100. */
const GROWTH_LIMIT = 0.05;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

/** A 13 kB meeting: the series' last meeting with more discussion under a last agenda item. */
function meetingOf13kB(folder) {
  const last = join(folder, '2026-03-16-dxog-19.md');
  let text = readFileSync(last, 'utf8');
  const prose = readFileSync(join(folder, '2026-01-19-dxog-17.md'), 'utf8')
    .split(/\n---\n/)[1]
    .split(/\n\n/)
    .filter((p) => p.trim() && !/^(#|ACTION|\s*[-*|])/.test(p.trim()));
  text = text.trimEnd() + '\n\n## 9. Discussion\n';
  for (let i = 0; Buffer.byteLength(text) < 13 * 1024; i++) text += `\n${prose[i % prose.length].trim()}\n`;
  writeFileSync(last, text);
  return { path: last, text };
}

/** The server's user + system CPU time in ms, from /proc (Linux), or undefined. */
function cpuMs(pid) {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return undefined;
  const fields = readFileSync(stat, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks, 100 a second on Linux
}

export default {
  name: 'lsp',
  description: 'minutebook lsp: didChange → publishDiagnostics on a 13 kB meeting, memory over 1,000 edits',
  async run(ctx) {
    const folder = join(ctx.work, 'lsp-series');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    cpSync(join(ctx.examples, 'dxog'), folder, { recursive: true });
    const { path, text } = meetingOf13kB(folder);
    const uri = pathToFileURL(path).href;

    const server = spawn(process.execPath, ['--expose-gc', join(ctx.root, 'bin', 'minutebook.js'), 'lsp', '--stdio'], { cwd: folder, stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    const waiting = new Map();
    connection.onNotification('textDocument/publishDiagnostics', (p) => {
      if (p.uri !== uri) return;
      waiting.get(p.version)?.(p);
      waiting.delete(p.version);
    });
    connection.listen();
    const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
    try {
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {} });
      connection.sendNotification('initialized', {});
      let version = 1;
      const opened = published(version);
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
      const first = await opened;
      console.log(`  ${Buffer.byteLength(text)} bytes, ${first.diagnostics.length} findings on open`);

      // One character typed into the discussion and taken back, in turn.
      const line = text.slice(0, text.indexOf('## 9. Discussion')).split('\n').length + 1;
      const latencies = [];
      const memory = async () => (await connection.sendRequest('minutebook/memory')).heapUsed / 2 ** 20;
      let at100;
      let cpu0;
      for (let i = 0; i < WARM_UP + EDITS; i++) {
        version++;
        const typed = i % 2 === 0;
        const change = typed ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' } : { range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' };
        await new Promise((resolve) => setTimeout(resolve, TYPING_GAP_MS));
        const done = published(version);
        const t0 = process.hrtime.bigint();
        connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
        await done;
        if (i >= WARM_UP) latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (i === WARM_UP - 1) cpu0 = cpuMs(server.pid);
        if (i === WARM_UP + 99) at100 = await memory();
      }
      const cpu = cpuMs(server.pid);
      const atEnd = await memory();
      const m = median(latencies);
      // The CPU column: the server's own CPU time an edit, which a busy machine inflates less than wall time.
      const cpuPerEdit = cpu !== undefined && cpu0 !== undefined ? (cpu - cpu0) / EDITS : undefined;
      ctx.record({ task: `lsp: change → diagnostics, 13 kB meeting (median of ${EDITS})`, ours: { wall: m, cpu: cpuPerEdit, samples: latencies }, target: `≤ ${TARGET_MS} ms`, pass: m <= TARGET_MS });
      const perEdit = cpuPerEdit !== undefined ? `, server CPU ${cpuPerEdit.toFixed(1)} ms an edit` : '';
      console.log(`  change → diagnostics: median ${m.toFixed(1)} ms, 90th percentile ${percentile(latencies, 0.9).toFixed(1)} ms, slowest ${Math.max(...latencies).toFixed(1)} ms${perEdit}`);
      const growth = (atEnd - at100) / at100;
      ctx.record({ task: `lsp: heap after 100 → ${EDITS} edits`, ours: `${at100.toFixed(1)} → ${atEnd.toFixed(1)} MB`, target: `growth ≤ ${GROWTH_LIMIT * 100}%`, pass: growth <= GROWTH_LIMIT });
      console.log(`  heap after a full collection: ${at100.toFixed(1)} MB after 100 edits, ${atEnd.toFixed(1)} MB after ${EDITS} (${(growth * 100).toFixed(1)}%)`);
      await connection.sendRequest('shutdown');
      connection.sendNotification('exit');
    } finally {
      connection.dispose();
      server.kill();
    }
  },
};
