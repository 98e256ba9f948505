/**
 * Measures people and date extraction on the GUM news articles (an external, annotated test set that
 * is read at run time and never copied into the repository): builds each article as a plain-text page,
 * runs the pipeline over all of them, and prints figures per document, per GUM split, and the misses.
 *   npx tsx src/bin/evaluate-gum.ts [--dir ../shared/external-tests/gum-news]
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus } from '../ingest/build-corpus.ts';
import { splitOf, toPageText, type GumSplit } from '../evaluation/gum-documents.ts';
import { readConllu } from '../evaluation/read-conllu.ts';
import { scoreExtraction, type DocumentScore, type EvaluatedDocument } from '../evaluation/score-extraction.ts';
import { quotationTotals, scoreQuotations, type QuotationScore } from '../evaluation/score-quotations.ts';
import { sumScores, type ScoreTotals } from '../evaluation/sum-scores.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: '../shared/external-tests/gum-news' } } });
const folder = resolve(values.dir!);

async function readDocuments(): Promise<EvaluatedDocument[]> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.conllu')).sort();
  const documents: EvaluatedDocument[] = [];
  for (const name of names) {
    const document = readConllu(await readFile(join(folder, name), 'utf8'));
    const docId = document.docId || name.replace(/\.conllu$/, '');
    documents.push({ document: { ...document, docId }, sourceFile: `${docId}.txt` });
  }
  return documents;
}

const percent = (value: number | null) => (value === null ? '   –' : `${(value * 100).toFixed(0).padStart(3)}%`);
const shortId = (docId: string) => docId.replace(/^GUM_news_/, '');

function documentRow(score: DocumentScore): string {
  const { people, date } = score;
  const cells = [
    shortId(score.docId).padEnd(13),
    splitOf(score.docId).padEnd(5),
    `${people.correct}/${people.found}`.padStart(7),
    `${people.recalled}/${people.named}`.padStart(7),
    `${people.nameMentionsCovered}/${people.nameMentions}`.padStart(7),
    String(people.merges.length).padStart(5),
    String(people.splits.length).padStart(5),
    (date.expected ?? '–').padEnd(10),
    (date.predicted ?? 'null').padEnd(10),
    date.errorDays === null ? '    –' : String(date.errorDays).padStart(5),
  ];
  return cells.join('  ');
}

function totalsRow(label: string, totals: ScoreTotals): string {
  const mae = totals.meanAbsoluteErrorDays === null ? '–' : totals.meanAbsoluteErrorDays.toFixed(0);
  return (
    `${label.padEnd(6)} ${String(totals.documents).padStart(2)} docs  P ${percent(totals.precision)} (${totals.correct}/${totals.found})  ` +
    `R ${percent(totals.recall)} (${totals.recalled}/${totals.named})  names ${percent(totals.nameMentionRecall)}  ` +
    `merges ${totals.merges}  splits ${totals.splits}  dates exact ${totals.exactDates}/${totals.dated}, null ${totals.missingDates}, MAE ${mae} d`
  );
}

function printReport(scores: DocumentScore[]): void {
  const out: string[] = [];
  out.push(`GUM news: ${scores.length} documents from ${folder}`);
  out.push('P = Readout people matching a gold person; R = gold people named by a proper name (pronoun-only and descriptive');
  out.push('entities left out) that Readout found; names = bare-name mentions ("Eastman") Readout lists as a name or alias.\n');
  out.push(['doc'.padEnd(13), 'split', 'P'.padStart(7), 'R'.padStart(7), 'names'.padStart(7), 'merge', 'split', 'gold date ', 'readout   ', ' Δday'].join('  '));
  for (const score of scores) out.push(documentRow(score));
  out.push('');
  for (const split of ['dev', 'test', 'train'] as GumSplit[]) out.push(totalsRow(split, sumScores(scores.filter((score) => splitOf(score.docId) === split))));
  out.push(totalsRow('all', sumScores(scores)));

  out.push('\nWrong dates (gold → Readout: basis)');
  for (const score of [...scores].sort((a, b) => (b.date.errorDays ?? Infinity) - (a.date.errorDays ?? Infinity))) {
    if (score.date.errorDays === 0) continue;
    out.push(`  ${shortId(score.docId)}: ${score.date.expected} → ${score.date.predicted ?? 'null'}: ${score.date.dateBasis}`);
  }
  const worstFirst = (pick: (score: DocumentScore) => readonly unknown[]) => [...scores].sort((a, b) => pick(b).length - pick(a).length).filter((score) => pick(score).length > 0);
  out.push('\nFalse people (Readout people matching no gold person)');
  for (const score of worstFirst((s) => s.people.falsePeople)) out.push(`  ${shortId(score.docId)}: ${score.people.falsePeople.join('; ')}`);
  out.push('\nMissed people (named gold people Readout did not find)');
  for (const score of worstFirst((s) => s.people.missed)) out.push(`  ${shortId(score.docId)}: ${score.people.missed.join('; ')}`);
  out.push('\nMerges (one Readout person, several gold people) and splits (one gold person, several Readout people)');
  const before = out.length;
  for (const score of scores) {
    for (const merge of score.people.merges) out.push(`  ${shortId(score.docId)}: merge ${merge.readout} ← ${merge.gold.join(' + ')}`);
    for (const split of score.people.splits) out.push(`  ${shortId(score.docId)}: split ${split.gold} → ${split.readout.join(' | ')}`);
  }
  if (out.length === before) out.push('  none');
  process.stdout.write(`${out.join('\n')}\n`);
}

/** Quotation spans against GUM's <quote>/<q>: per split, then the misses and extras of each document. */
function printQuotations(scores: QuotationScore[]): void {
  const out = ['\nQuotations (span found; speaker not compared): P = Readout direct/partial quotes overlapping a GUM quotation, R = GUM quotations found'];
  const row = (label: string, subset: QuotationScore[]) => {
    const totals = quotationTotals(subset);
    return `  ${label.padEnd(5)} P ${totals.precision.toFixed(3)} R ${totals.recall.toFixed(3)}  (${totals.matched} matched, ${totals.predicted} Readout, ${totals.gold} GUM)`;
  };
  for (const split of ['dev', 'test', 'train'] as GumSplit[]) out.push(row(split, scores.filter((score) => splitOf(score.docId) === split)));
  out.push(row('all', scores));
  for (const score of scores) {
    for (const text of score.extra) out.push(`  ${shortId(score.docId)}: not a GUM quotation: ${text.slice(0, 80)}`);
    for (const text of score.missed) out.push(`  ${shortId(score.docId)}: missed: ${text.slice(0, 80)}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

async function main(): Promise<number> {
  const documents = await readDocuments();
  if (documents.length === 0) {
    process.stderr.write(`evaluate-gum: no .conllu files in ${folder}\n`);
    return 1;
  }
  const inputs = documents.map(({ document, sourceFile }) => ({ sourceFile, bytes: new TextEncoder().encode(toPageText(document)) }));
  const { corpus } = buildCorpus(inputs);
  for (const problem of corpus.problems) process.stderr.write(`  ${problem.severity}: ${problem.sourceFile}: ${problem.message}\n`);
  printReport(scoreExtraction(documents, corpus));
  printQuotations(scoreQuotations(documents, corpus));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`evaluate-gum failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
