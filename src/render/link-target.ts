/**
 * Link targets allowed into the outputs, HTML and DOCX alike: http, https, mailto and relative references. Browsers
 * ignore whitespace and control characters inside a scheme (`java\tscript:`), so those are
 * removed before the scheme is read. Protocol-relative `//host` targets are refused: they are
 * neither relative to the document nor an explicit allowed scheme.
 */
export function safeUrl(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const squashed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (squashed === '') return undefined;
  if (squashed.startsWith('//') || squashed.startsWith('\\\\') || squashed.startsWith('/\\')) return undefined;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(squashed);
  if (scheme) return ['http', 'https', 'mailto'].includes(scheme[1]!.toLowerCase()) ? url.trim() : undefined;
  // A colon before any slash, ? or # would make a browser read a scheme after all.
  const firstColon = squashed.indexOf(':');
  if (firstColon !== -1) {
    const firstSep = squashed.search(/[/?#]/);
    if (firstSep === -1 || firstColon < firstSep) return undefined;
  }
  return url.trim();
}
