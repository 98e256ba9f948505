import { download, toCsv } from '#src/lib/download.ts';

type Props = {
  /** what is exported, counted: "12 quotes" */
  count: string;
  /** the file name without its extension */
  fileStem: string;
  /** the rows as on screen, built only when a button is pressed */
  rows: () => readonly object[];
  /** why the buttons cannot be pressed yet: they keep their place (no layout shift) and say so */
  pending?: string;
};

/** CSV and JSON of exactly what is on screen. */
export function ExportButtons({ count, fileStem, rows, pending }: Props) {
  return (
    <>
      <button type="button" className="button button-quiet" aria-label={`Export ${count} as CSV`} disabled={pending !== undefined} title={pending} onClick={async () => download(`${fileStem}.csv`, await toCsv(rows()), 'text/csv;charset=utf-8')}>
        CSV
      </button>
      <button type="button" className="button button-quiet" aria-label={`Export ${count} as JSON`} disabled={pending !== undefined} title={pending} onClick={() => download(`${fileStem}.json`, `${JSON.stringify(rows(), null, 2)}\n`, 'application/json')}>
        JSON
      </button>
    </>
  );
}
