/**
 * Template phrases of news sites, kept as data: a line that is exactly one of these (case and
 * trailing punctuation ignored) is site chrome, never body text. Add phrases here, not code.
 */
export const CHROME_LINES: readonly string[] = [
  'try our ai features',
  'comments',
  'no comments yet',
  'hashtags',
  'tags',
  'share',
  'share this',
  'share this article',
  'advertisement',
  'sponsored',
  'back to top',
  'back to top button',
  'leave a reply',
  'leave a comment',
  'uncategorized',
  'subscribe',
  'sign up',
  'follow us',
  'details to follow',
  'print',
  'email',
  'loading',
];

/** Lines starting with one of these are chrome (a link, a promo, a form hint). */
export const CHROME_PREFIXES: readonly string[] = [
  'read also:',
  'read more:',
  'also read:',
  'see also:',
  'related:',
  'explore what',
  'your email address will not be published',
  'required fields are marked',
  'click here',
  'subscribe to',
  'sign up for',
  'follow us on',
  'copyright',
  '©',
];

/**
 * Lines that open a block of other content: teaser headlines, or whole articles of another
 * outlet. What follows is chrome unless it has the shape of an embedded article (outlet, age, title, body).
 */
export const SECTION_MARKERS: readonly string[] = [
  'related articles',
  'related stories',
  'related news',
  'you may also like',
  'you might also like',
  'more from',
  'more stories',
  'recommended',
  'recommended for you',
  'trending',
  'trending now',
  'most read',
  'most popular',
  'latest news',
  'top stories',
];

export function normaliseChromeKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/[\s.:…!>]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}
