/** The output formats and their renderers (the types they share are in renderer.ts). */
import type { RendererModule } from './renderer.js';

/**
 * Output formats and how to load their renderer. Renderers are imported lazily so that `check`
 * and formats not asked for never load them. Add a format with one line here.
 */
const LOADERS: Record<string, () => Promise<RendererModule>> = {
  html: () => import('./html/index.js'),
  docx: () => import('./docx/index.js'),
};

export function formats(): string[] {
  return Object.keys(LOADERS).sort();
}

export function hasFormat(format: string): boolean {
  return Object.hasOwn(LOADERS, format);
}

export async function loadRenderer(format: string): Promise<RendererModule> {
  const load = LOADERS[format];
  if (!load) throw new Error(`unknown output format "${format}" (known: ${formats().join(', ')})`);
  return load();
}
