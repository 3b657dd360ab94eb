import { parentPort, workerData } from 'node:worker_threads';
import { seedRows, type SeedFormat, type SeedJob } from './seed-rows';

const { job, format } = workerData as { job: SeedJob; format: SeedFormat };

// Each request is a range of orders; a buffer's memory is handed over to the asking thread, not copied.
parentPort?.on('message', ({ start, end }: { start: number; end: number }) => {
  const rows = seedRows(job, format, start, end);
  if (typeof rows === 'string') parentPort?.postMessage({ start, rows });
  else {
    const memory = rows.buffer as ArrayBuffer; // a buffer of its own (allocUnsafeSlow), never Node's shared pool
    parentPort?.postMessage({ start, rows: memory, offset: rows.byteOffset, length: rows.length }, [memory]);
  }
});
