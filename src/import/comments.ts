/** Review comments (word/comments.xml): who wrote each and what, by the id the document refers to. */
import { attr, wordText } from './xml.js';

export interface WordComment {
  author: string;
  text: string;
}

export function readComments(xml: string | undefined): Map<string, WordComment> {
  const out = new Map<string, WordComment>();
  if (!xml) return out;
  for (const m of xml.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)) {
    const id = attr(m[1]!, 'w:id');
    if (id === undefined) continue;
    out.set(id, { author: attr(m[1]!, 'w:author')?.trim() || 'an unnamed reviewer', text: wordText(m[2]!).replace(/\n/g, ' ') });
  }
  return out;
}

/** An HTML comment that cannot end early: `--` inside it would close it in some readers. */
export function commentHtml(c: WordComment): string {
  const safe = (s: string) => s.replace(/--+/g, '–').replace(/>/g, '›');
  return `<!-- comment by ${safe(c.author)}: ${safe(c.text)} -->`;
}
