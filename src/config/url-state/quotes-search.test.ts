import { expect, test } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_QUOTES_STATE, parseQuotesSearch, toQuotesSearch, type QuotesState } from './quotes-search.ts';

const vocabulary = { personIds: new Set(['dmitry-peskov', 'donald-trump']), outlets: new Set(['RT', 'The Guardian']) };
const parse = (search: string) => parseQuotesSearch(new URLSearchParams(search), vocabulary);

test('reads every filter and prints it back the same', () => {
  const search = 'speaker=dmitry-peskov,unattributed&kind=direct,partial&outlet=The+Guardian&from=2025-06-01&to=2025-06-30&q=ceasefire+talks&sort=echoes';
  const { state, notices } = parse(search);
  expect(notices).toEqual([]);
  expect(state).toEqual({ speakers: ['dmitry-peskov', 'unattributed'], kinds: ['direct', 'partial'], outlet: 'The Guardian', from: '2025-06-01', to: '2025-06-30', q: 'ceasefire talks', sort: 'echoes' });
  expect(toQuotesSearch(state)).toBe(new URLSearchParams(search).toString());
});

test('drops what it cannot use with a notice, and keeps the rest', () => {
  const { state, notices } = parse('speaker=nobody,donald-trump&kind=shouted&outlet=Nowhere&from=2025-02-30&sort=loudest&extra=1');
  expect(state).toEqual({ ...DEFAULT_QUOTES_STATE, speakers: ['donald-trump'] });
  expect(notices).toEqual([
    'Ignored unknown parameter “extra”.',
    'Ignored speaker “nobody”: nobody with that id.',
    'Ignored kind=“shouted”: kinds are direct, partial, indirect.',
    'Ignored outlet “Nowhere”: no quotes from it.',
    'Ignored from=“2025-02-30”: dates are written YYYY-MM-DD.',
    'Ignored sort=“loudest”: sort by newest, oldest, speaker, outlet, echoes.',
  ]);
});

test('every kind ticked is written as no kind filter, and swapped dates are put in order', () => {
  expect(toQuotesSearch(parse('kind=indirect,direct,partial').state)).toBe('');
  expect(parse('from=2025-07-01&to=2025-06-01').state).toMatchObject({ from: '2025-06-01', to: '2025-07-01' });
});

test('never throws and always round-trips what it printed', () => {
  fc.assert(
    fc.property(fc.string(), (search) => {
      const { state } = parseQuotesSearch(new URLSearchParams(search));
      const printed = toQuotesSearch(state);
      expect(parseQuotesSearch(new URLSearchParams(printed)).state).toEqual(state satisfies QuotesState);
    }),
  );
});
