import { describe, expect, it } from 'vitest';
import { seedChunks } from './seed-chunks';
import type { SeedFormat, SeedJob } from './seed-rows';

const JOB: SeedJob = { merchantId: 'mer_chunks', count: 1_050, anchorMs: Date.UTC(2026, 0, 15, 12) };
const TYPES = ['text', 'text', 'text', 'text', 'smallint', 'integer'];
const COPY: SeedFormat = {
  kind: 'copy',
  types: [...TYPES, 'timestamp with time zone', 'timestamp with time zone', 'integer', 'text', 'text', 'jsonb'],
};

async function collect(format: SeedFormat, threads: number) {
  const chunks = [];
  for await (const chunk of seedChunks(JOB, format, 100, threads)) chunks.push(chunk);
  return chunks;
}

describe('the seed’s chunks of rows', () => {
  it.each([
    ['COPY', COPY],
    ['JSON', { kind: 'json' } as const],
  ])('are the same, in the same order, made on worker threads or here (%s)', async (_name, format) => {
    const here = await collect(format, 0);
    expect(here.map((chunk) => chunk.start)).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1_000]);
    expect(await collect(format, 2)).toEqual(here);
  });

  it('end with the thread’s reason when a worker thread fails, instead of waiting for ever', async () => {
    const unwritable: SeedFormat = { kind: 'copy', types: ['point', ...COPY.types.slice(1)] };
    await expect(collect(unwritable, 2)).rejects.toThrow("The seed can't write column merchant_id of type point");
  });
});
