import type { Renderer, RendererOptions, TemplateSet } from '../renderer.js';
import { createTemplateEngine } from '../template-engine.js';
import { TemplateError } from '../template-error.js';
import { blocksHtml, inlineHtml } from './mdast-html.js';

export const MAIN_TEMPLATE = 'html/minutes';

// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_HTML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Compiles the HTML templates of one template set on an isolated Handlebars instance. */
export function createRenderer(options: RendererOptions): Renderer {
  const engine = createTemplateEngine(options.templates, 'html', {
    // `paragraph="cls"` classes the paragraphs; `cell` and `verb` matter to DOCX only.
    blocks: (nodes, hash) => blocksHtml(nodes, typeof hash.paragraph === 'string' ? { paragraphClass: hash.paragraph } : {}),
    inline: (nodes) => inlineHtml(nodes),
  });
  const template = engine.template(MAIN_TEMPLATE);
  return {
    extension: 'html',
    async render({ view, changes }) {
      // The view model is plain data (JSON-safe), so nothing a template reaches can run code.
      // Control characters pasted into the minutes (reported by forbidden-char) are HTML parse
      // errors and are refused by Word: they are left out here, as in the DOCX.
      const page = (v: typeof view) => template(v).replace(/\r\n?/g, '\n').replace(FORBIDDEN_IN_HTML, '');
      let html = page(view);
      if (changes) {
        // The HTML parser loads only for a build that shows changes.
        const { trackChangesHtml } = await import('./track-changes.js');
        html = trackChangesHtml(page(changes.old), html);
      }
      return new TextEncoder().encode(html);
    },
  };
}

export { TemplateError };
export type { TemplateSet };
