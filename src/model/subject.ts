/** Words that carry the subject of an action: longer than `min` letters, any case. */
const words = (s: string, min: number) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > min));

/**
 * Whether two texts are about the same thing: most words of the shorter one (`ratio`) appear in
 * the other, and at least `least` of them. "AA will create a timetable for the releases" and
 * "AA to create a timetable for the releases" are; "order gravel" and "order a tap" are not.
 */
export function sameSubject(a: string, b: string, o: { least?: number; ratio?: number; min?: number } = {}): boolean {
  const min = o.min ?? 2;
  const x = words(a, min);
  const y = words(b, min);
  const common = [...x].filter((w) => y.has(w)).length;
  return common >= (o.least ?? 1) && common / Math.max(1, Math.min(x.size, y.size)) >= (o.ratio ?? 0.6);
}
