/** Where each rule's page lives; shown with findings so that a user can read why. */
export const DOCS_BASE = 'https://github.com/minutebook/minutebook/blob/main/docs/rules/';

export const ruleUrl = (id: string) => `${DOCS_BASE}${id}.md`;
