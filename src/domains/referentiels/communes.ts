/** Commune helpers shared by the La Poste import and the demo seed. */

/** Department of a commune from its INSEE code: 2 characters ('75', '2A'), 3 overseas ('974', '988'). */
export function departmentCodeOf(inseeCode: string): string {
  return /^9[78]/.test(inseeCode) ? inseeCode.slice(0, 3) : inseeCode.slice(0, 2);
}

const ABBREVIATIONS: Record<string, string> = { ST: 'Saint', STE: 'Sainte', STS: 'Saints', STES: 'Saintes' };
const SMALL_WORDS = new Set(['de', 'des', 'du', 'la', 'le', 'les', 'sur', 'sous', 'en', 'et', 'au', 'aux', 'lez']);
const LEADING_ARTICLES = new Set(['LE', 'LA', 'LES']);
const ELIDED = new Set(['L', 'D']);

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * A readable name from La Poste's upper-case, unaccented one, following the usual spelling of
 * French place names: 'LE MONT ST MICHEL' → 'Le Mont-Saint-Michel', 'AIRE SUR L ADOUR' →
 * 'Aire-sur-l'Adour', 'LYON 03' → 'Lyon 03'. Accents cannot be restored.
 */
export function displayCommuneName(raw: string): string {
  const words = raw.trim().split(/\s+/);
  let name = '';
  words.forEach((word, index) => {
    const previous = words[index - 1];
    const hasNext = index < words.length - 1;
    let text: string;
    if (ELIDED.has(word) && hasNext) text = `${index === 0 ? word : word.toLowerCase()}'`;
    else if (ABBREVIATIONS[word]) text = ABBREVIATIONS[word];
    else if (index > 0 && SMALL_WORDS.has(word.toLowerCase())) text = word.toLowerCase();
    else text = capitalise(word);
    let separator = '-';
    if (previous === undefined || (ELIDED.has(previous) && index > 0)) separator = '';
    else if ((index === 1 && LEADING_ARTICLES.has(previous)) || /^\d/.test(word)) separator = ' ';
    name += separator + text;
  });
  return name;
}
