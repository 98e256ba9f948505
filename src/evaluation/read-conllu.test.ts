import { describe, expect, test } from 'vitest';
import { identityOf, readEntityBrackets, DEFAULT_ENTITY_LAYOUT } from './entity-brackets.ts';
import { readConllu } from './read-conllu.ts';

/** One word line: id, form, UPOS, head, relation, MISC; the columns a test doesn't care about stay `_`. */
function word(id: string, form: string, upos: string, head: string, deprel: string, misc = '_'): string {
  return [id, form, '_', upos, '_', '_', head, deprel, '_', misc].join('\t');
}
function range(id: string, form: string, misc = '_'): string {
  return [id, form, '_', '_', '_', '_', '_', '_', '_', misc].join('\t');
}

// Invented sentences: a harbour closes, a person is named with a title, a pronoun, a quotation,
// a possessive inside a multiword token, a coordinated group and a caption with a credit line.
const FIXTURE = [
  '# newdoc id = test_harbour',
  '# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity',
  '# meta::dateCreated = 2020-03-04',
  '# meta::title = Storm closes harbour',
  '# newpar',
  '# text = Storm closes harbour',
  word('1', 'Storm', 'NOUN', '2', 'nsubj'),
  word('2', 'closes', 'VERB', '0', 'root'),
  word('3', 'harbour', 'NOUN', '2', 'obj'),
  '',
  '# newpar',
  '# text = Harbour master Ana Ruiz said the port would close.',
  word('1', 'Harbour', 'PROPN', '2', 'compound', 'Entity=(1-person-new-sssss-cf1-1,2,3,4-coref-Ana_Ruiz(2-place-new-sssss-cf2-1-sgl)'),
  word('2', 'master', 'NOUN', '3', 'nmod:desc'),
  word('3', 'Ana', 'PROPN', '5', 'nsubj'),
  word('4', 'Ruiz', 'PROPN', '3', 'flat', 'Entity=1)'),
  word('5', 'said', 'VERB', '0', 'root'),
  word('6', 'the', 'DET', '7', 'det', 'Entity=(3-place-new-sssss-cf3-2-coref'),
  word('7', 'port', 'NOUN', '9', 'nsubj', 'Entity=3)'),
  word('8', 'would', 'AUX', '9', 'aux'),
  word('9', 'close', 'VERB', '5', 'ccomp', 'SpaceAfter=No'),
  word('10', '.', 'PUNCT', '5', 'punct'),
  '',
  '# text = She didn\'t say when.',
  word('1', 'She', 'PRON', '4', 'nsubj', 'Entity=(1-person-giv:act-sssss-cf1-1-ana-Ana_Ruiz)'),
  range('2-3', "didn't"),
  word('2', 'did', 'AUX', '4', 'aux'),
  word('3', "n't", 'PART', '4', 'advmod'),
  word('4', 'say', 'VERB', '0', 'root'),
  '4.1\tsay\tsay\tVERB\t_\t_\t_\t_\t4:conj\tCopyOf=4',
  word('5', 'when', 'ADV', '4', 'advmod', 'SpaceAfter=No'),
  word('6', '.', 'PUNCT', '4', 'punct'),
  '',
  '# newpar',
  '# text = "We will reopen," Ruiz\'s deputy Tom Bell said.',
  word('1', '"', 'PUNCT', '4', 'punct', 'SpaceAfter=No|XML=<quote>'),
  word('2', 'We', 'PRON', '4', 'nsubj', 'Entity=(4-organization-new-sssss-cf1-1-coref)'),
  word('3', 'will', 'AUX', '4', 'aux'),
  word('4', 'reopen', 'VERB', '12', 'ccomp', 'SpaceAfter=No'),
  word('5', ',', 'PUNCT', '4', 'punct', 'SpaceAfter=No'),
  word('6', '"', 'PUNCT', '4', 'punct', 'XML=</quote>'),
  range('7-8', "Ruiz's"),
  word('7', 'Ruiz', 'PROPN', '9', 'nmod:poss', 'Entity=(5-person-new-sssss-cf2-3,4-coref(1-person-giv:inact-sssss-cf3-1-coref-Ana_Ruiz'),
  word('8', "'s", 'PART', '7', 'case', 'Entity=1)'),
  word('9', 'deputy', 'NOUN', '12', 'nsubj'),
  word('10', 'Tom', 'PROPN', '9', 'appos'),
  word('11', 'Bell', 'PROPN', '10', 'flat', 'Entity=5)'),
  word('12', 'said', 'VERB', '0', 'root', 'SpaceAfter=No'),
  word('13', '.', 'PUNCT', '12', 'punct'),
  '',
  '# newpar',
  '# text = Ana Ruiz and Tom Bell at the port',
  word('1', 'Ana', 'PROPN', '0', 'root', 'Entity=(6-person-new-sssss-cf1-1-coref(1-person-giv:act-sssss-cf1-1-coref-Ana_Ruiz'),
  word('2', 'Ruiz', 'PROPN', '1', 'flat', 'Entity=1)'),
  word('3', 'and', 'CCONJ', '4', 'cc'),
  word('4', 'Tom', 'PROPN', '1', 'conj', 'Entity=(5-person-giv:act-sssss-cf2-1-coref'),
  word('5', 'Bell', 'PROPN', '4', 'flat', 'Entity=5)6)'),
  word('6', 'at', 'ADP', '8', 'case'),
  word('7', 'the', 'DET', '8', 'det'),
  word('8', 'port', 'NOUN', '1', 'nmod'),
  '',
  '# text = Photo: Port authority.',
  word('1', 'Photo', 'NOUN', '0', 'root', 'SpaceAfter=No'),
  word('2', ':', 'PUNCT', '1', 'punct'),
  word('3', 'Port', 'PROPN', '4', 'compound'),
  word('4', 'authority', 'NOUN', '1', 'appos', 'SpaceAfter=No'),
  word('5', '.', 'PUNCT', '1', 'punct'),
  '',
].join('\n');

describe('readConllu', () => {
  const document = readConllu(FIXTURE);

  test('reads the document id, title and creation date', () => {
    expect(document).toMatchObject({ docId: 'test_harbour', title: 'Storm closes harbour', dateCreated: '2020-03-04' });
  });

  test('groups sentences into paragraphs at # newpar, putting a caption on its own line', () => {
    expect(document.paragraphs).toEqual([
      'Storm closes harbour',
      "Harbour master Ana Ruiz said the port would close. She didn't say when.",
      '"We will reopen," Ruiz\'s deputy Tom Bell said.',
      'Ana Ruiz and Tom Bell at the port\nPhoto: Port authority.',
    ]);
  });

  test('collects person mentions across nesting, multiword tokens and sentences, spaced as written', () => {
    expect(document.people.map((person) => person.mentions)).toEqual([
      ['Harbour master Ana Ruiz', 'She', "Ruiz's", 'Ana Ruiz'],
      ["Ruiz's deputy Tom Bell", 'Tom Bell'],
      ['Ana Ruiz and Tom Bell'],
    ]);
  });

  test('keeps the identity and the proper names, without titles, and none for a coordinated group', () => {
    expect(document.people.map(({ entityId, identity, names }) => ({ entityId, identity, names }))).toEqual([
      { entityId: '1', identity: 'Ana_Ruiz', names: ['Ana Ruiz', 'Ruiz'] },
      { entityId: '5', identity: null, names: ['Tom Bell'] },
      { entityId: '6', identity: null, names: [] },
    ]);
  });

  test('reads quotations marked in the XML column', () => {
    expect(document.quotes).toEqual([{ kind: 'quote', text: '"We will reopen,"', paragraph: 2 }]);
  });

  test('never throws on text that is not CoNLL-U', () => {
    expect(readConllu('not\tconllu\n# stray comment\n\n')).toMatchObject({ docId: '', people: [], paragraphs: [] });
  });
});

describe('readEntityBrackets', () => {
  test.each([
    ['(7-person-new-sssss-cf2-1-coref', [['open', '7']]],
    ['7)', [['close', '7']]],
    ['(3-place-new-sssss-cf1-1-sgl-Oslo)', [['single', '3']]],
    ['(7-person-new(3-place-new)7)', [['open', '7'], ['single', '3'], ['close', '7']]],
    ['12)9)', [['close', '12'], ['close', '9']]],
  ])('%s', (value, expected) => {
    expect(readEntityBrackets(value).map((bracket) => [bracket.kind, bracket.entityId])).toEqual(expected);
  });

  test('decodes an escaped identity and treats a missing one as null', () => {
    const [linked] = readEntityBrackets('(4-person-new-sssss-cf1-1-coref-Wong_Yuk%2Dman)');
    const [unlinked] = readEntityBrackets('(5-person-new-sssss-cf1-1-coref)');
    expect(identityOf(linked!.fields, DEFAULT_ENTITY_LAYOUT)).toBe('Wong_Yuk-man');
    expect(identityOf(unlinked!.fields, DEFAULT_ENTITY_LAYOUT)).toBeNull();
  });
});
