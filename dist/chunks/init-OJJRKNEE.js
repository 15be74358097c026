import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  formats,
  hasFormat
} from "./chunk-BOETKBWO.js";
import {
  yamlString
} from "./chunk-2M3MILXS.js";
import {
  isoDate
} from "./chunk-CVX72NN7.js";
import {
  VERSION,
  writeAtomic
} from "./chunk-K6FGQK75.js";
import "./chunk-OP6IMQB5.js";
import "./chunk-7PAJ34US.js";
import "./chunk-IEW646I2.js";
import {
  DEFAULT_ACTION_ID,
  UserError,
  displayPath
} from "./chunk-765XEROR.js";
import {
  compileIdPattern
} from "./chunk-AIXC6QV4.js";
import "./chunk-L43YP45H.js";
import "./chunk-4M3DI6GN.js";

// src/cli/commands/init.ts
import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";

// src/series/scaffold.ts
var REPOSITORY = "https://github.com/minutebook/minutebook";
function scaffold(o) {
  const slug = o.code.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "minutes";
  return [
    { path: ".minutebook.yaml", text: configText(o) },
    { path: `${o.date}-${slug}-1.md`, text: firstMeeting(o) },
    { path: ".pre-commit-config.yaml", text: preCommitConfig(o) },
    { path: "package.json", text: packageJson(o) },
    { path: ".github/workflows/minutes.yml", text: workflow(o) }
  ];
}
var minutebookSpec = (version) => `github:minutebook/minutebook#v${version}`;
function packageJson(o) {
  const pkg = {
    name: `${o.code.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "committee"}-minutes`,
    private: true,
    description: `Minutes of the ${o.committee}`,
    scripts: {
      check: "minutebook check .",
      build: `minutebook build --format ${o.formats} --out minutes-out .`
    },
    devDependencies: { minutebook: minutebookSpec(o.version) }
  };
  return JSON.stringify(pkg, null, 2) + "\n";
}
function configText(o) {
  return `# minutebook configuration: it applies to every minutes file in this folder and below, and
# the minutes of one committee code under it form a series (see docs/series.md).

# Committee defaults: minutes files may leave these out.
committee: ${yamlString(o.committee)}
code: ${yamlString(o.code)}
${o.secretariat ? `secretariat: ${yamlString(o.secretariat)}` : "# secretariat: Committee Secretariat"}
# classification: green          # TLP level (clear, green, amber, amber+strict, red) or any marking

# Action IDs: {code}, {meeting}, {seq} (at least two digits; {seq:1} unpadded, {seq:3}), {yyyy}, {yy}, {mm}.
# With action_id written here, \`check --fix\` numbers actions written without an ID.
${o.actionId ? `action_id: ${yamlString(o.actionId)}` : '# action_id: "{code} {meeting}/{seq}"'}

# Bold capitalised verbs that mark a decision.
# decision_verbs: [NOTED, AGREED, APPROVED, ENDORSED, RESOLVED, DECIDED, REJECTED, DEFERRED]

# Organisations that may own actions, besides member categories and people present.
parties:
  - ${yamlString(o.secretariat ?? "Secretariat")}

# The members, by category. With a roster, names outside it are reported, \`minutebook new\`
# lists the members in office, and \`minutebook stats\` counts attendance.
# roster:
#   Members:
#     - { name: Ada Fenwick, initials: AF }
#     - { name: Bram Oakley, initials: BO, since: 2025-01-01 }
# quorum: { total: 3 }

# locale: en-GB
# date_formats: { long: long, short: short }    # full | long | medium | short
# templates: templates/          # a folder overriding the built-in templates file by file
# reference_docx: reference.docx # styles, header and footer artwork for DOCX

# Severity per rule: off, warn or error.
# rules:
#   placeholder: error           # refuse drafts that still hold TODO placeholders
#   series-metadata-mismatch: error

# Which Markdown files are minutes (default: all *.md with front matter, except README and CHANGELOG).
# files: ["minutes/**/*.md"]
`;
}
function firstMeeting(o) {
  return `---
meeting: 1
date: ${o.date}
venue: "TODO: venue"
status: draft
attendees:  # TODO: the members present, by category
  Members:
    - { name: "TODO: chair's name", role: chair }
next_meetings:
  - { date: ${addDays(o.date, 28)}, label: Next meeting }  # TODO: confirm the date
---

## 1. Welcome and Apologies

TODO: record the welcome and the apologies.

## 2. Actions Outstanding

There were no outstanding actions at the first meeting.

## 3. Terms of Reference

TODO: record the discussion. Decisions are bold verbs, for example: The ${o.code} **AGREED** its terms
of reference. Actions start a paragraph, for example:

ACTION ${compileIdPattern(o.actionId ?? DEFAULT_ACTION_ID).format({ code: o.code, meeting: "1", seq: 1, date: o.date })}: The ${o.secretariat ?? "Secretariat"} to circulate the agreed terms of reference.

## 4. Any Other Business

There was no other business.
`;
}
function preCommitConfig(o) {
  return `# pre-commit (https://pre-commit.com): \`pre-commit install\`, then every commit checks the
# minutes it touches, with the earlier meetings of their series.
repos:
  - repo: ${REPOSITORY}
    rev: v${o.version}
    hooks:
      - id: minutebook-check
`;
}
function workflow(o) {
  return `# Checks the minutes of every pull request (findings appear as annotations on the changed lines)
# and builds the documents, kept as an artefact of the run.
name: Minutes

on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read

jobs:
  minutes:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
      - uses: actions/setup-node@v6
        with:
          node-version: "24"
      # The version pinned in package.json (devDependencies), the same on every machine.
      - name: Install minutebook
        run: npm install --no-audit --no-fund
      - name: Check the minutes
        run: npx --no-install minutebook check --format github .
      - name: Build the documents
        if: \${{ !cancelled() }}
        run: npx --no-install minutebook build --format ${o.formats} --out minutes-out .
      - name: Keep the documents
        if: \${{ !cancelled() }}
        uses: actions/upload-artifact@v7
        with:
          name: minutes
          path: minutes-out/
          if-no-files-found: warn
`;
}
var addDays = (d, n) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 864e5).toISOString().slice(0, 10);

// src/cli/commands/init.ts
async function runInit(dir, flags, out, err) {
  if (!/^\S(.*\S)?$/.test(flags.code)) throw new UserError(`--code "${flags.code}" must be a short code such as OPSG`);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UserError(`${dir}: not a folder`);
  const files = scaffold({
    committee: flags.committee,
    code: flags.code,
    ...flags.secretariat ? { secretariat: flags.secretariat } : {},
    date: isoDate(flags.date, "--date"),
    version: VERSION,
    formats: formats().filter((f) => hasFormat(f)).join(","),
    ...flags.actionId ? { actionId: flags.actionId } : {}
  });
  const clashes = files.filter((f) => existsSync(join(dir, f.path)));
  if (clashes.length > 0 && !flags.force) {
    throw new UserError(`${clashes.map((f) => displayPath(join(dir, f.path))).join(", ")} exist already (use --force to overwrite)`, 1);
  }
  for (const f of files) {
    const path = join(dir, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeAtomic(path, f.text);
    out(displayPath(path));
  }
  err("minutebook: fill in the TODO placeholders of the first meeting, then run `minutebook check`; `npm install` installs the minutebook version package.json pins (as the workflow does), `pre-commit install` enables the hook");
  return 0;
}
export {
  runInit
};
