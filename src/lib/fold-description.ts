// Shared by the person page and the story page: both show how outlets describe a person.
/** "Trump’s Special Envoy" and "trump's special envoy" are one description: case, apostrophes, dashes and spacing folded. */
export function foldDescription(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02BC`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^the /i, '')
    .trim()
    .toLowerCase();
}
