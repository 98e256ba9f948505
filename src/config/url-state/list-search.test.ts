import { describe, expect, test } from 'vitest';
import { parseListSearch, toListSearch, type ListState } from './list-search.ts';

const vocabulary = {
  personIds: new Set(['vladimir-putin', 'sergey-lavrov', 'donald-trump']),
  publishers: new Set(['RT', 'The Guardian']),
};
const empty: ListState = { people: [], from: null, to: null, q: '', publisher: null, sort: 'newest', group: null };

describe('parseListSearch', () => {
  test.each<[string, Partial<ListState>, number]>([
    ['', {}, 0],
    ['person=sergey-lavrov', { people: ['sergey-lavrov'] }, 0],
    ['person=sergey-lavrov,vladimir-putin', { people: ['sergey-lavrov', 'vladimir-putin'] }, 0],
    ['person=sergey-lavrov&person=donald-trump', { people: ['sergey-lavrov', 'donald-trump'] }, 0],
    ['person=sergey-lavrov&person=sergey-lavrov', { people: ['sergey-lavrov'] }, 0],
    ['person=nobody', {}, 1],
    ['person=%3Cscript%3Ealert(1)%3C%2Fscript%3E', {}, 1],
    ['from=2025-06-01&to=2025-06-30', { from: '2025-06-01', to: '2025-06-30' }, 0],
    ['from=garbage', {}, 1],
    ['from=2025-02-30', {}, 1],
    ['from=2025-07-01&to=2025-06-01', { from: '2025-06-01', to: '2025-07-01' }, 1],
    ['q=%20peace%20talks%20', { q: 'peace talks' }, 0],
    [`q=${'x'.repeat(300)}`, { q: 'x'.repeat(200) }, 1],
    ['publisher=RT', { publisher: 'RT' }, 0],
    ['publisher=Nowhere', {}, 1],
    ['colour=red', {}, 1],
    ['from=&to=&q=&publisher=', {}, 0],
  ])('?%s', (search, expected, noticeCount) => {
    const { state, notices } = parseListSearch(new URLSearchParams(search), vocabulary);
    expect(state).toEqual({ ...empty, ...expected });
    expect(notices).toHaveLength(noticeCount);
  });

  test('accepts any well-formed person id when no vocabulary is given', () => {
    expect(parseListSearch(new URLSearchParams('person=someone-new')).state.people).toEqual(['someone-new']);
  });

  test('never throws on hostile input', () => {
    for (const search of ['%', '%%%', '&&&=', 'person=,,,', 'from=\u0000', '?q=<img src=x onerror=alert(1)>']) {
      expect(() => parseListSearch(new URLSearchParams(search), vocabulary)).not.toThrow();
    }
  });
});

describe('toListSearch', () => {
  test.each<[Partial<ListState>, string]>([
    [{}, ''],
    [empty, ''],
    [{ people: ['a', 'b'] }, 'person=a%2Cb'],
    [{ q: '  ' }, ''],
    [{ publisher: 'RT', q: 'talks', to: '2025-06-30', from: '2025-06-01', people: ['x'] }, 'person=x&from=2025-06-01&to=2025-06-30&q=talks&publisher=RT'],
    [{ q: 'a&b=c' }, 'q=a%26b%3Dc'],
  ])('%j → %s', (state, expected) => {
    expect(toListSearch(state)).toBe(expected);
  });

  test('round-trips through the parser', () => {
    const state: ListState = { people: ['donald-trump'], from: '2025-01-01', to: '2025-12-31', q: 'deal', publisher: 'The Guardian', sort: 'quotes', group: 'story' };
    expect(parseListSearch(new URLSearchParams(toListSearch(state)), vocabulary)).toEqual({ state, notices: [] });
  });

  test('reads a known sort, leaves the default out of the URL, and names the choices for an unknown one', () => {
    expect(toListSearch({ sort: 'newest' })).toBe('');
    expect(parseListSearch(new URLSearchParams('sort=outlet')).state.sort).toBe('outlet');
    expect(parseListSearch(new URLSearchParams('sort=best'))).toEqual({
      state: empty,
      notices: ['Ignored sort=“best”: sort by newest, oldest, quotes, outlet, relevance.'],
    });
  });

  test('groups by story when asked, and names the choice for an unknown grouping', () => {
    expect(toListSearch({ group: 'story' })).toBe('group=story');
    expect(parseListSearch(new URLSearchParams('group=story')).state.group).toBe('story');
    expect(parseListSearch(new URLSearchParams('group=outlet'))).toEqual({ state: empty, notices: ['Ignored group=“outlet”: group by story.'] });
  });
});
