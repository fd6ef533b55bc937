import CSL from 'citeproc'

/**
 * citeproc reduces a given name to its initial only when its first letter matches `CSL.NAME_INITIAL_REGEXP`,
 * whose Cyrillic range stops at U+042F (Я): Kazakh Ә Ғ Қ Ң Ө Ұ Ү Һ (Cyrillic Supplement and Extended, up to
 * U+052F) were left whole ("Сапаров Әлихан Б."). The first character class is widened to the whole Cyrillic
 * blocks; citeproc itself still initializes only letters that are capitals. Idempotent, applied once on load.
 */
export function widenCyrillicInitials(csl: { NAME_INITIAL_REGEXP?: RegExp }): void {
  const pattern = csl.NAME_INITIAL_REGEXP
  if (!pattern || !pattern.source.includes('\\u0400-\\u042f')) return
  const widened = pattern.source.replace('\\u0400-\\u042f', '\\u0400-\\u052f')
  csl.NAME_INITIAL_REGEXP = new RegExp(widened, pattern.flags)
}

widenCyrillicInitials(CSL as unknown as { NAME_INITIAL_REGEXP?: RegExp })
