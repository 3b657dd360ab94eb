import { seededOrderAt } from '@/backend/seed/seed';
import { orderColumns } from './sql-order-store';

/** Which orders to make: the demo's `count` orders for `anchorMs`, in the store `merchantId`. */
export interface SeedJob {
  merchantId: string;
  count: number;
  anchorMs: number;
}

/**
 * How rows travel to the database: `copy` is COPY's binary format for a PostgreSQL server (its
 * columns' types as the server names them, in SEED_COLUMNS order), `json` one JSON array that the
 * database unpacks itself with json_populate_recordset (the embedded database).
 */
export type SeedFormat = { kind: 'copy'; types: string[] } | { kind: 'json' };
export type SeedRows<F extends SeedFormat> = F extends { kind: 'copy' } ? Buffer : string;

type OrderColumns = ReturnType<typeof orderColumns>;

/** The orders table's columns a seed fills, in the order `orderColumns` lists them. */
export const SEED_COLUMNS = Object.keys(orderColumns('', seededOrderAt(0, 1, 0))) as (keyof OrderColumns)[];

/** COPY's binary format: the file header (signature, flags, no extension) and the end-of-data mark. */
export const COPY_BINARY_HEADER = Buffer.from('PGCOPY\n\xff\r\n\0\0\0\0\0\0\0\0\0', 'latin1');
export const COPY_BINARY_TRAILER = Buffer.from([0xff, 0xff]);

/** Microseconds between the Unix epoch and PostgreSQL's (2000-01-01), the origin of a binary timestamp. */
const POSTGRES_EPOCH_MS = Date.UTC(2000, 0, 1);
const TWO_TO_32 = 2 ** 32;

/** Writes rows of COPY's binary format into a buffer that grows as needed. */
class BinaryRows {
  private buffer = Buffer.allocUnsafeSlow(4 << 20);
  private length = 0;

  private room(bytes: number) {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }

  row(fields: number) {
    this.room(2);
    this.length = this.buffer.writeInt16BE(fields, this.length);
  }

  null() {
    this.room(4);
    this.length = this.buffer.writeInt32BE(-1, this.length);
  }

  /** UTF-8 text after an optional first byte (jsonb's format version); its length is known once written. */
  text(value: string, first?: number) {
    // One UTF-16 code unit is at most 3 bytes of UTF-8.
    this.room(5 + value.length * 3);
    const start = this.length;
    let at = start + 4;
    if (first !== undefined) at = this.buffer.writeUInt8(first, at);
    at += this.buffer.write(value, at);
    this.buffer.writeInt32BE(at - start - 4, start);
    this.length = at;
  }

  int16(value: number) {
    this.room(6);
    this.length = this.buffer.writeInt32BE(2, this.length);
    this.length = this.buffer.writeInt16BE(value, this.length);
  }

  int32(value: number) {
    this.room(8);
    this.length = this.buffer.writeInt32BE(4, this.length);
    this.length = this.buffer.writeInt32BE(value, this.length);
  }

  /** A whole number of up to 2^53 as eight bytes, big-endian. */
  int64(value: number) {
    this.room(12);
    const high = Math.floor(value / TWO_TO_32);
    this.length = this.buffer.writeInt32BE(8, this.length);
    this.length = this.buffer.writeInt32BE(high, this.length);
    this.length = this.buffer.writeUInt32BE(value - high * TWO_TO_32, this.length);
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

type FieldWriter = (rows: BinaryRows, value: unknown) => void;

/** How each column type the orders table uses is written in COPY's binary format. */
const FIELD_WRITERS: Record<string, FieldWriter> = {
  text: (rows, value) => rows.text(String(value)),
  smallint: (rows, value) => rows.int16(Number(value)),
  integer: (rows, value) => rows.int32(Number(value)),
  'timestamp with time zone': (rows, value) =>
    rows.int64(
      ((typeof value === 'string' ? Date.parse(value) : (value as Date).getTime()) - POSTGRES_EPOCH_MS) * 1000,
    ),
  jsonb: (rows, value) => rows.text(JSON.stringify(value), 1),
};

/** The writers for a table's column types; a type the seed can't write stops it before any row is sent. */
export function fieldWriters(types: string[]): FieldWriter[] {
  return types.map((type, index) => {
    const writer = FIELD_WRITERS[type];
    if (!writer) throw new Error(`The seed can't write column ${SEED_COLUMNS[index]} of type ${type}`);
    return writer;
  });
}

/**
 * Seeded orders `start` to `end` as rows of COPY's binary format (no header), in a buffer of their
 * own, ready to hand to another thread.
 */
function copyRows(job: SeedJob, types: string[], start: number, end: number): Buffer {
  const writers = fieldWriters(types);
  const rows = new BinaryRows();
  for (let index = start; index < end; index += 1) {
    const row = orderColumns(job.merchantId, seededOrderAt(index, job.count, job.anchorMs));
    rows.row(SEED_COLUMNS.length);
    for (let column = 0; column < SEED_COLUMNS.length; column += 1) {
      const value = row[SEED_COLUMNS[column] as keyof OrderColumns];
      if (value === null || value === undefined) rows.null();
      else (writers[column] as FieldWriter)(rows, value);
    }
  }
  return rows.bytes();
}

function jsonRows(job: SeedJob, start: number, end: number): string {
  const rows = [];
  for (let index = start; index < end; index += 1)
    rows.push(orderColumns(job.merchantId, seededOrderAt(index, job.count, job.anchorMs)));
  return JSON.stringify(rows);
}

/** Seeded orders `start` (inclusive) to `end` (exclusive) of the job, encoded for the database. */
export function seedRows<F extends SeedFormat>(job: SeedJob, format: F, start: number, end: number): SeedRows<F> {
  return (format.kind === 'copy' ? copyRows(job, format.types, start, end) : jsonRows(job, start, end)) as SeedRows<F>;
}
