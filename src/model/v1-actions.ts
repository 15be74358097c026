import type { Meeting, NewAction } from './types.js';

/**
 * The `ACTION <id>:` lines of FORMAT v1. The ID, syntax and due-date rules are about these: an
 * action a committee wrote its own way ("Action point: …", an entry of an Actions list) has no
 * canonical form to be held to.
 */
export function v1Actions(m: Pick<Meeting, 'actions'>): NewAction[] {
  return m.actions.filter((a) => a.notation === 'v1');
}
