import type { Renderer, RendererOptions } from '../renderer.js';
import { REFERENCE_ASSET } from './asset-names.js';
import { readReferenceDoc, type ReferenceDoc } from './reference-doc.js';
import { renderDocx } from './render-docx.js';
import { compileDocxTemplates } from './templates.js';


/** DOCX renderer: templates compile and the reference document is read once per build. */
export function createRenderer(options: RendererOptions): Renderer {
  const templates = compileDocxTemplates(options.templates, options.builtInTemplates);
  const refBytes = options.assets?.[REFERENCE_ASSET];
  const reference: ReferenceDoc | undefined = refBytes ? readReferenceDoc(refBytes, 'the reference document') : undefined;
  return {
    extension: 'docx',
    render: ({ view, changes }) => renderDocx(view, templates, { ...(reference ? { reference } : {}), ...(changes ? { changes } : {}) }),
  };
}
