const invisible = /[\s\u200b-\u200d\u2060\ufeff]/g;

/**
 * Text as keywords are matched in it: NFKC (full-width forms folded), no whitespace.
 *
 * @internal
 */
export function normalizeForKeywords(text: string | undefined): string {
  return (text ?? '').normalize('NFKC').replace(invisible, '');
}

/**
 * The keywords found in `text` (already normalised), in list order, without duplicates and
 * without a keyword that only matched inside a longer one found too (`别发` inside `先别发`).
 *
 * @internal
 */
export function matchKeywords(text: string, keywords: readonly string[]): string[] {
  const found = [...new Set(keywords.map(normalizeForKeywords))].filter(
    (keyword) => keyword !== '' && text.includes(keyword),
  );
  return found.filter((keyword) => !found.some((other) => other !== keyword && other.includes(keyword)));
}
