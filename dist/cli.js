import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  Command,
  Option,
  err,
  out,
  useColor,
  wholeNumber
} from "./chunks/chunk-5S6PEURO.js";
import {
  REPORT_FORMATS,
  VERSION,
  runCheck
} from "./chunks/chunk-K6FGQK75.js";
import "./chunks/chunk-OP6IMQB5.js";
import {
  placedOfFile,
  readSource,
  seriesFiles
} from "./chunks/chunk-7PAJ34US.js";
import "./chunks/chunk-IEW646I2.js";
import {
  ConfigLookup,
  UserError
} from "./chunks/chunk-765XEROR.js";
import "./chunks/chunk-AIXC6QV4.js";
import "./chunks/chunk-L43YP45H.js";
import "./chunks/chunk-4M3DI6GN.js";

// src/cli/commands/check-command.ts
function registerCheck(p) {
  p.command("check").description("check minutes files and report problems with their line and column").argument("[paths...]", "files, folders or globs; - reads standard input", []).addOption(new Option("-f, --format <format>", "report format").choices([...REPORT_FORMATS]).default("stylish")).option("-o, --output-file <file>", "write the report to this file (replaced whole, never half-written) instead of standard output").option("--max-warnings <n>", "exit 1 when there are more warnings than this", wholeNumber).option("-q, --quiet", "report errors only", false).option("--fix", "rewrite near-miss ACTION lines to the canonical form", false).option("-c, --config <file>", "use this configuration file instead of looking up .minutebook.yaml (.yml, .json); the series is still read from the current folder").option("--only-minutes", "leave aside named files that do not look like minutes, as a folder check does (for hooks that pass every staged Markdown file)", false).option("--print-config <file>", "print the configuration that applies to this file (as JSON) and check nothing").option("--stdin-filename <name>", "the name to report standard input under").option("--no-color", "no colour in the report").action(async (paths, o) => {
    if (o.printConfig !== void 0) {
      const { printConfig } = await import("./chunks/print-config-L2AOUZ76.js");
      out(printConfig(o.printConfig, o.config));
      return;
    }
    if (o.fix && paths.includes("-")) throw new UserError("--fix cannot rewrite standard input; name the file instead");
    process.exitCode = await runCheck(paths, { ...o, color: o.outputFile === void 0 && useColor(o.color) }, out, err);
  });
}

// src/cli/commands/build-command.ts
function registerBuild(p) {
  p.command("build").description("check minutes, then compile each file to a Word-ready document (<name>.html next to it, or in --out)").argument("[paths...]", "files, folders or globs", []).addOption(new Option("--format <format>", "output format").default("html")).option("-o, --out <dir>", "write outputs into this folder, keeping the sources' sub-folders (default: next to each source)").option("-t, --templates <dir>", "templates folder overriding the built-in templates file by file (default: config `templates`)").option("--reference-doc <file>", "Word file whose styles, page set-up, header and footer the DOCX output takes (default: config `reference_docx`)").option("--force", "build even when the checks find errors", false).option("-c, --config <file>", "use this configuration file instead of looking up .minutebook.yaml").option("--no-color", "no colour in the report").option("-w, --watch", "rebuild changed files (and the later meetings that depend on them) until interrupted", false).action(async (paths, o) => {
    const { runBuild } = await import("./chunks/build-5NVVB3WO.js");
    const flags = { ...o, color: useColor(o.color, process.stderr) };
    if (o.watch) {
      const { runWatch } = await import("./chunks/watch-CTZH74EE.js");
      return runWatch(paths, flags, (files, outBase) => runBuild(files, outBase ? { ...flags, outBase } : flags, out, err), out, err);
    }
    process.exitCode = await runBuild(paths, flags, out, err);
  });
}

// src/cli/commands/actions-command.ts
function registerActions(p) {
  p.command("actions").description("list the action register of the minutes in a folder: owner, raised, target history, status, age").argument("[dir]", "folder of minutes (default: the current folder)").option("--open", "only actions still open", false).option("--overdue", "only open actions whose target is before --as-of", false).option("--as-of <date>", "the date that age and overdue are measured at (default: today)").option("--owner <name>", "only actions this party, category or person owns").addOption(new Option("-f, --format <format>", "output format").choices(["table", "markdown", "csv", "json", "html"]).default("table")).option("-o, --output <file>", "write to this file instead of standard output").option("-c, --config <file>", "use this configuration file instead of looking up .minutebook.yaml").action(async (dir, o) => {
    const { runActions } = await import("./chunks/actions-CSK2MQD7.js");
    process.exitCode = await runActions(dir, o, out, err);
  });
}

// src/cli/commands/new-command.ts
function registerNew(p) {
  p.command("new").description("write the next meeting's minutes file from the latest one: number, date, attendees, open actions, standing items").argument("[dir]", "folder of minutes (default: the current folder)").option("--date <date>", "date of the new meeting (default: the latest meeting's next meeting)").option("--code <code>", "the committee code, when the folder holds several series").option("-o, --output <file>", "write here instead of <date>-<code>-<meeting>.md beside the latest file").option("--force", "overwrite an existing file", false).option("-c, --config <file>", "use this configuration file instead of looking up .minutebook.yaml").action(async (dir, o) => {
    const { runNew } = await import("./chunks/new-K4GGH4FC.js");
    process.exitCode = await runNew(dir, o, out, err);
  });
}

// src/cli/commands/init-command.ts
function registerInit(p) {
  p.command("init").description("start a minutes repository: .minutebook.yaml, a first meeting, a pre-commit entry, a package.json pinning minutebook and a GitHub Actions workflow").argument("[dir]", "folder to set up (default: the current folder)").option("--committee <name>", "full name of the committee", "Steering Committee").option("--code <code>", "short code: the action-ID prefix", "SC").option("--secretariat <name>", "who takes the minutes").option("--date <date>", "date of the first meeting (default: today)").option("--action-id <pattern>", 'action-ID pattern, e.g. "{meeting}.{seq:1}" (default "{code} {meeting}/{seq}")').option("--force", "overwrite files that exist already", false).action(async (dir, o) => {
    const { runInit } = await import("./chunks/init-OJJRKNEE.js");
    process.exitCode = await runInit(dir ?? ".", o, out, err);
  });
}

// src/cli/commands/stats-command.ts
function registerStats(p) {
  p.command("stats").description("attendance per member across a series (present, by alternate, apologies, absent) and open actions over time").argument("[dir]", "folder of minutes (default: the current folder)").addOption(new Option("-f, --format <format>", "output format").choices(["table", "csv", "json"]).default("table")).option("--svg <file>", "also write a chart of attendance per meeting and open actions to this SVG file").option("--code <code>", "the committee code, when the folder holds several series").option("-c, --config <file>", "use this configuration file instead of looking up .minutebook.yaml").action(async (dir, o) => {
    const { runStats } = await import("./chunks/stats-I3ABWLUU.js");
    process.exitCode = await runStats(dir, o, out, err);
  });
  p.command("decisions").description("list the decisions across the meetings of a folder").argument("[dir]", "folder of minutes (default: the current folder)").option("--verb <verbs>", "only these verbs, comma-separated (e.g. AGREED,APPROVED)").option("--text <text>", "only decisions whose text contains this (any case)").option("--since <date>", "only meetings on or after this date").option("--until <date>", "only meetings on or before this date").addOption(new Option("-f, --format <format>", "output format").choices(["table", "markdown", "csv", "json"]).default("table")).option("--code <code>", "the committee code, when the folder holds several series").option("-c, --config <file>", "use this configuration file instead of looking up .minutebook.yaml").action(async (dir, o) => {
    const { runDecisions } = await import("./chunks/stats-I3ABWLUU.js");
    process.exitCode = await runDecisions(dir, o, out, err);
  });
}

// src/cli/commands/inspect-command.ts
function registerInspect(p) {
  p.command("inspect").description("show what was recognised in minutes files: meeting, sections, people, actions, reviews, decisions, motions, attendance changes").argument("<files...>", "minutes files or folders").addOption(new Option("-f, --format <format>", "output format").choices(["table", "json"]).default("table")).option("-c, --config <file>", "use this configuration file instead of looking up .minutebook.yaml").action(async (files, o) => {
    const { runInspect } = await import("./chunks/inspect-V23ZS6NY.js");
    process.exitCode = await runInspect(files, o, out, err);
  });
}

// src/cli/commands/lsp-command.ts
import { statSync } from "node:fs";
import { resolve } from "node:path";
function registerLsp(p) {
  p.command("lsp").description("run the language server over standard input and output, for editors (see docs/editors.md)").option("--stdio", "talk over standard input and output (the default and only transport; editors pass it)").option("-c, --config <file>", "use this configuration file instead of looking up .minutebook.yaml").action(async (o) => {
    const { startServer } = await import("./chunks/server-5IGYITRR.js");
    const connection = startServer({ files: diskFiles(o.config), version: VERSION });
    await new Promise((done) => connection.onExit(done));
  });
}
function diskFiles(explicitConfig) {
  let lookup = new ConfigLookup(explicitConfig);
  return {
    configOf: (path) => lookup.forFile(path),
    reloadConfig: () => void (lookup = new ConfigLookup(explicitConfig)),
    seriesFiles: (root) => seriesFiles(root, lookup),
    placedOf: placedOfFile,
    read: readSource,
    stamp(path) {
      try {
        const s = statSync(resolve(path));
        return `${s.mtimeMs}:${s.size}`;
      } catch {
        return "gone";
      }
    }
  };
}

// src/cli/main.ts
var COMMANDS = [registerCheck, registerBuild, registerActions, registerNew, registerInit, registerStats, registerInspect, registerLsp];
function program() {
  const p = new Command("minutebook").description("Check committee minutes written in Markdown and compile them to Word-ready HTML and DOCX").version(VERSION, "-v, --version").showHelpAfterError().configureOutput({ writeErr: (s) => process.stderr.write(s) });
  p.exitOverride();
  for (const register of COMMANDS) register(p);
  return p;
}
async function main(argv) {
  try {
    await program().parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    const c = e;
    if (typeof c.code === "string" && c.code.startsWith("commander.")) {
      return c.code === "commander.helpDisplayed" || c.code === "commander.version" || c.code === "commander.help" ? 0 : 2;
    }
    if (e instanceof UserError) {
      err(`minutebook: ${e.message}`);
      return e.exitCode;
    }
    err(`minutebook: internal error: ${e?.message ?? String(e)}`);
    if (process.env.MINUTEBOOK_DEBUG) err(e?.stack ?? "");
    return 2;
  }
}

// src/cli/entry.ts
var code = await main(process.argv);
process.exitCode = code;
