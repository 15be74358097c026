import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);
import {
  newMeeting
} from "./chunk-2M3MILXS.js";
import {
  isoDate,
  loadSeries
} from "./chunk-CVX72NN7.js";
import {
  writeAtomic
} from "./chunk-K6FGQK75.js";
import {
  UserError,
  displayPath
} from "./chunk-765XEROR.js";

// src/cli/commands/new.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
function pickSeries(series, code, where) {
  if (code !== void 0) {
    const s = series.find((x) => x.code === code);
    if (!s) throw new UserError(`no series with code "${code}" in ${where} (found: ${series.map((x) => x.code).join(", ") || "none"})`);
    return s;
  }
  if (series.length === 0) throw new UserError(`no minutes with a committee code in ${where}`, 1);
  if (series.length > 1) throw new UserError(`${where} holds several series (${series.map((x) => x.code).join(", ")}): choose one with --code`);
  return series[0];
}
async function runNew(dir, flags, out, err) {
  const date = flags.date === void 0 ? void 0 : isoDate(flags.date, "--date");
  const { series } = await loadSeries(dir, flags, err);
  const s = pickSeries(series, flags.code, dir ?? ".");
  const dated = s.meetings.filter((m) => m.date !== void 0);
  const latest = dated[dated.length - 1];
  if (!latest) throw new UserError("no meeting with a date to start from", 1);
  if (date !== void 0 && date <= latest.date) throw new UserError(`--date ${date} is not after the latest meeting (${latest.meeting}, ${latest.date})`);
  const made = newMeeting(latest, s.meetings, s.register, s.config, date === void 0 ? {} : { date });
  const target = flags.output ?? join(dirname(latest.path), made.fileName);
  if (existsSync(target) && !flags.force) throw new UserError(`${displayPath(target)} exists already (use --force to overwrite it)`, 1);
  writeAtomic(target, made.text);
  out(displayPath(target));
  err(`minutebook: meeting ${made.meeting} on ${made.date} with ${made.actions} open ${made.actions === 1 ? "action" : "actions"}; fill in the TODO placeholders, then run \`minutebook check\``);
  return 0;
}

export {
  pickSeries,
  runNew
};
