import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { seedRows, type SeedFormat, type SeedJob, type SeedRows } from './seed-rows';

/** Chunks asked of each thread ahead of the one the database takes next. */
const AHEAD_PER_THREAD = 3;

export interface SeedChunk<F extends SeedFormat> {
  /** The chunk's first order: how many orders come before it. */
  start: number;
  rows: SeedRows<F>;
}

type Answer = { start: number; rows: string } | { start: number; rows: ArrayBuffer; offset: number; length: number };

/** Threads for making rows: one fewer than the machine's cores (the database needs one), at least one. */
export function generatorThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/**
 * The job's orders in chunks of `size`, in order, encoded for the database: made here, or on
 * `threads` worker threads a few chunks ahead, so that making rows and storing them overlap.
 */
export async function* seedChunks<F extends SeedFormat>(
  job: SeedJob,
  format: F,
  size: number,
  threads: number,
): AsyncGenerator<SeedChunk<F>> {
  if (threads === 0) {
    for (let start = 0; start < job.count; start += size) {
      yield { start, rows: seedRows(job, format, start, Math.min(job.count, start + size)) };
    }
    return;
  }

  const workers = Array.from(
    { length: threads },
    () =>
      new Worker(new URL('./seed-rows-worker.mjs', import.meta.url), {
        workerData: { job, format },
        // The worker registers tsx itself; inheriting tsx's own flags would register it twice.
        execArgv: [],
      }),
  );
  const waiting = new Map<number, { resolve: (rows: SeedRows<F>) => void; reject: (error: Error) => void }>();
  const ready = new Map<number, Promise<SeedRows<F>>>();
  let failure: Error | undefined;
  const failAll = (error: Error) => {
    failure ??= error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  for (const worker of workers) {
    worker.on('message', (answer: Answer) => {
      const rows = 'offset' in answer ? Buffer.from(answer.rows, answer.offset, answer.length) : answer.rows;
      waiting.get(answer.start)?.resolve(rows as SeedRows<F>);
      waiting.delete(answer.start);
    });
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`a seed worker thread stopped (exit code ${code})`)));
  }

  let asked = 0;
  const ask = () => {
    const start = asked;
    const promise = new Promise<SeedRows<F>>((resolve, reject) =>
      failure ? reject(failure) : waiting.set(start, { resolve, reject }),
    );
    promise.catch(() => undefined); // a chunk that is never awaited may fail quietly: the awaited one reports
    ready.set(start, promise);
    workers[(start / size) % threads]?.postMessage({ start, end: Math.min(job.count, start + size) });
    asked += size;
  };
  try {
    for (let start = 0; start < job.count; start += size) {
      while (asked < job.count && asked <= start + size * AHEAD_PER_THREAD * threads) ask();
      const rows = await (ready.get(start) as Promise<SeedRows<F>>);
      ready.delete(start);
      yield { start, rows };
    }
  } finally {
    for (const worker of workers) worker.removeAllListeners('exit');
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
