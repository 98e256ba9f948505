/**
 * Progress of a long ingest: a bar with rate and time left on a terminal (cli-progress), a plain line
 * every tenth of a stage when the output is a log or a pipe, nothing for a small input.
 */
import cliProgress from 'cli-progress';
import type { StageProgress } from './build-in-pool.ts';

const LABELS: Record<StageProgress['stage'], string> = { articles: 'pages read', statements: 'articles read for quotes and figures' };
/** Below this many pages the run takes a few seconds; a bar would only flicker. */
const REPORT_FROM = 200;

export interface ProgressReport {
  update(progress: StageProgress): void;
  stop(): void;
}

export function progressReport(pages: number, stream: NodeJS.WriteStream = process.stderr): ProgressReport {
  if (pages < REPORT_FROM) return { update: () => {}, stop: () => {} };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream, format: '{stage} [{bar}] {percentage}% | {value}/{total} | {rate}/s | {eta_formatted} left', etaBuffer: 50, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let current: StageProgress['stage'] | null = null;
    let started = performance.now();
    return {
      update(progress) {
        if (progress.stage !== current) {
          if (current) bar.stop();
          current = progress.stage;
          started = performance.now();
          bar.start(progress.total, 0, { stage: LABELS[progress.stage], rate: '0' });
        }
        const seconds = (performance.now() - started) / 1000;
        bar.update(progress.done, { stage: LABELS[progress.stage], rate: seconds > 0 ? (progress.done / seconds).toFixed(0) : '0' });
      },
      stop: () => bar.stop(),
    };
  }
  // A plain line every tenth of a stage: when it started, and the last tenth written.
  const stages = new Map<StageProgress['stage'], { started: number; tenth: number }>();
  return {
    update(progress) {
      const stage = stages.get(progress.stage) ?? { started: performance.now(), tenth: 0 };
      stages.set(progress.stage, stage);
      const tenth = Math.floor((progress.done / Math.max(1, progress.total)) * 10);
      if (stage.tenth >= tenth) return;
      stage.tenth = tenth;
      const rate = progress.done / Math.max((performance.now() - stage.started) / 1000, 1e-3);
      const left = (progress.total - progress.done) / Math.max(rate, 1e-3);
      stream.write(`ingest: ${LABELS[progress.stage]} ${progress.done}/${progress.total} (${tenth * 10}%), ${rate.toFixed(0)}/s, about ${left.toFixed(0)} s left\n`);
    },
    stop: () => {},
  };
}
