/**
 * The files `minutebook init` writes into a new minutes repository (pure: text out): the
 * configuration with its options explained, a first meeting, a pre-commit entry, a package.json
 * that pins minutebook, and a GitHub Actions workflow that annotates pull requests and keeps the
 * built documents as artefacts.
 */
import { DEFAULT_ACTION_ID } from '../config/types.js';
import { compileIdPattern } from '../model/action-id.js';
import { yamlString } from './new-meeting.js';

export interface ScaffoldOptions {
  committee: string;
  code: string;
  secretariat?: string;
  /** First meeting's date, YYYY-MM-DD. */
  date: string;
  version: string;
  /**
   * The revision of the minutebook repository to pin (a commit); without it, the release tag
   * `v<version>`.
   */
  revision?: string;
  /** Output formats the installed minutebook can build, e.g. `html,docx`. */
  formats: string;
  /** The action-ID pattern, when not the default: written into the configuration and used in the first meeting. */
  actionId?: string;
}

export interface ScaffoldFile {
  path: string;
  text: string;
}

export const REPOSITORY = 'https://github.com/minutebook/minutebook';

export function scaffold(o: ScaffoldOptions): ScaffoldFile[] {
  const slug = o.code.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'minutes';
  return [
    { path: '.minutebook.yaml', text: configText(o) },
    { path: `${o.date}-${slug}-1.md`, text: firstMeeting(o) },
    { path: '.pre-commit-config.yaml', text: preCommitConfig(o) },
    { path: 'package.json', text: packageJson(o) },
    { path: '.github/workflows/minutes.yml', text: workflow(o) },
  ];
}

/**
 * The version of minutebook the repository uses, pinned to a revision of the project's git
 * repository (the commit init ran from, else the release tag): the package ships its built files,
 * so this installs with no build step, and it works whether or not that version is on the npm
 * registry yet (the plain version number will do once it is).
 */
export const minutebookSpec = (o: Pick<ScaffoldOptions, 'version' | 'revision'>) => `github:minutebook/minutebook#${revisionOf(o)}`;

/** The git revision pinned: the commit given, else the release tag. */
export const revisionOf = (o: Pick<ScaffoldOptions, 'version' | 'revision'>) => o.revision ?? `v${o.version}`;

function packageJson(o: ScaffoldOptions): string {
  const pkg = {
    name: `${o.code.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'committee'}-minutes`,
    private: true,
    description: `Minutes of the ${o.committee}`,
    scripts: {
      check: 'minutebook check .',
      build: `minutebook build --format ${o.formats} --out minutes-out .`,
    },
    devDependencies: { minutebook: minutebookSpec(o) },
  };
  return JSON.stringify(pkg, null, 2) + '\n';
}

function configText(o: ScaffoldOptions): string {
  return `# minutebook configuration: it applies to every minutes file in this folder and below, and
# the minutes of one committee code under it form a series (see docs/series.md).

# Committee defaults: minutes files may leave these out.
committee: ${yamlString(o.committee)}
code: ${yamlString(o.code)}
${o.secretariat ? `secretariat: ${yamlString(o.secretariat)}` : '# secretariat: Committee Secretariat'}
# classification: green          # TLP level (clear, green, amber, amber+strict, red) or any marking

# Action IDs: {code}, {meeting}, {seq} (at least two digits; {seq:1} unpadded, {seq:3}), {yyyy}, {yy}, {mm}.
# With action_id written here, \`check --fix\` numbers actions written without an ID.
${o.actionId ? `action_id: ${yamlString(o.actionId)}` : '# action_id: "{code} {meeting}/{seq}"'}

# Bold capitalised verbs that mark a decision.
# decision_verbs: [NOTED, AGREED, APPROVED, ENDORSED, RESOLVED, DECIDED, REJECTED, DEFERRED]

# Organisations that may own actions, besides member categories and people present.
parties:
  - ${yamlString(o.secretariat ?? 'Secretariat')}

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

function firstMeeting(o: ScaffoldOptions): string {
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

ACTION ${compileIdPattern(o.actionId ?? DEFAULT_ACTION_ID).format({ code: o.code, meeting: '1', seq: 1, date: o.date })}: The ${o.secretariat ?? 'Secretariat'} to circulate the agreed terms of reference.

## 4. Any Other Business

There was no other business.
`;
}

function preCommitConfig(o: ScaffoldOptions): string {
  return `# pre-commit (https://pre-commit.com): \`pre-commit install\`, then every commit checks the
# minutes it touches, with the earlier meetings of their series.
repos:
  - repo: ${REPOSITORY}
    rev: ${revisionOf(o)}
    hooks:
      - id: minutebook-check
        # Each file's findings are kept in .minutebook-cache/ (which keeps itself out of git): a
        # commit re-checks only what changed, and reads the earlier meetings from there.
        args: [--cache]
`;
}

function workflow(o: ScaffoldOptions): string {
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
      # The findings of unchanged files carry over from the last run: keyed by each file's contents,
      # the configuration and minutebook's version, never by dates, which every checkout changes.
      - name: Keep the check cache between runs
        uses: actions/cache@v5
        with:
          path: .minutebook-cache
          key: minutebook-check-\${{ runner.os }}-\${{ github.sha }}
          restore-keys: minutebook-check-\${{ runner.os }}-
      - name: Check the minutes
        run: npx --no-install minutebook check --cache --format github .
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

const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
