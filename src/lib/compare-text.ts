/**
 * String order as `a.localeCompare(b)` gives it (the default locale's collation: ECMA-402 defines
 * localeCompare as this collator's compare), about 20 times faster in Chromium here, since
 * localeCompare sets a collator up on every call: sorting 10,000 titles took 77 ms of the list's load.
 */
export const compareText: (a: string, b: string) => number = new Intl.Collator().compare;
