/** Go to definition: from an action ID to the ACTION line that raised it, in whichever file of the series. */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location } from 'vscode-languageserver';
import type { Target } from './under-cursor.js';
import type { Series } from './workspace.js';
import { spanRange } from './text-position.js';

export function definitionOf(target: Target, series: Series): Location | undefined {
  if (target.kind !== 'action') return undefined;
  const entry = series.register.byId.get(target.id);
  if (!entry?.line || !entry.raisedIn) return undefined;
  return { uri: pathToFileURL(resolve(entry.raisedIn.path)).href, range: spanRange(entry.line.idSpan) };
}
