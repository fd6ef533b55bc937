/**
 * Case folding for search that keeps every character where it was, so that a hit in the folded text is
 * a hit at the same offsets in the original: lower case (Kazakh Ә Ғ Қ Ң Ө Ұ Ү Һ І included), and ё read
 * as е, as Russian readers expect. A character whose lower case is longer (Turkish İ) is kept as it is.
 */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase()
  // Lower-casing never shortens text, so equal lengths mean every character stayed in place.
  const aligned = lower.length === text.length ? lower : Array.from(text, (char) => (char.toLowerCase().length === char.length ? char.toLowerCase() : char)).join('')
  return aligned.replace(/ё/g, 'е')
}
