/**
 * Watches a folder and its sub-folders, one non-recursive watcher per folder. Node's recursive
 * watch on Linux follows files one by one, so a file replaced by rename (how vim, `sed -i` and
 * JetBrains editors save) drops out of it and later saves go unseen; a folder's watcher reports
 * every name that changes in it, whatever the editor does to the file.
 */
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

const SKIPPED = new Set(['node_modules', '.git']);

export interface TreeWatcher {
  close(): void;
}

/** `skip` leaves a folder unwatched (the output folder); `onChange` gets the path of each changed entry. */
export function watchTree(root: string, onChange: (path: string) => void, skip: (folder: string) => boolean = () => false): TreeWatcher {
  const watchers = new Map<string, FSWatcher>();
  const add = (folder: string) => {
    if (watchers.has(folder) || skip(folder)) return;
    let w: FSWatcher;
    try {
      w = watch(folder, (_event, name) => {
        if (!name) return;
        const path = join(folder, name.toString());
        if (isFolder(path)) addTree(path);
        onChange(path);
      });
    } catch {
      return; // removed in the meantime, or not readable
    }
    // A watched folder that is deleted ends its watcher; that is not an error of the run.
    w.on('error', () => {
      w.close();
      watchers.delete(folder);
    });
    watchers.set(folder, w);
  };
  const addTree = (folder: string) => {
    add(folder);
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory() && !SKIPPED.has(e.name) && !e.name.startsWith('.')) addTree(join(folder, e.name));
    }
  };
  addTree(root);
  return {
    close: () => {
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
