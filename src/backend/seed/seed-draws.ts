import { foldText, orderTotals, STATUS_RANK, type OrderStatus, type Product, type ShippingMethod } from '@/domain';
import { CATALOG } from './catalog';
import {
  FIRST_NAMES,
  HOSTILE_LINES,
  HOSTILE_NAMES,
  INTERNATIONAL_PLACES,
  LAST_NAMES,
  type Place,
  PO_BOX_LINES,
  REMOTE_PLACES,
  STREETS,
  US_PLACES,
} from './people';
import { createRandom, type Random } from './prng';

/*
 * The seed's random draws, as numbers: which status, when, which name, items, place and shipping
 * method. Orders are made from these in seed.ts; the demo backend's columns read them directly.
 */
const SEED = 20261122;
export const MINUTE = 60_000;
const YEAR = 365 * 24 * 60 * MINUTE;
/** The newest orders are minutes apart, so some paid ones are still inside the free-cancel window. */
const RECENT_ORDERS = 12;
const RECENT_SPACING = 9 * MINUTE;

const STATUS_WEIGHTS: readonly [OrderStatus, number][] = [
  ['unpaid', 0.18],
  ['unfulfilled', 0.2],
  ['in_production', 0.15],
  ['fulfilled', 0.1],
  ['shipped', 0.3],
  ['cancelled', 0.07],
];

function pickStatus(random: Random, index: number): OrderStatus {
  if (index < RECENT_ORDERS) return index % 3 === 2 ? 'unpaid' : 'unfulfilled';
  let roll = random.next();
  for (const [status, weight] of STATUS_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return status;
  }
  return 'shipped';
}

/** Every place an order ships to; a seeded order stores its place as an index into this. */
export const PLACES: readonly Place[] = [...US_PLACES, ...REMOTE_PLACES, ...INTERNATIONAL_PLACES];
const REMOTE_FROM = US_PLACES.length;
const INTERNATIONAL_FROM = REMOTE_FROM + REMOTE_PLACES.length;

/** Every customer name the seed uses; a seeded order stores its name as an index into this. */
export const NAMES: readonly string[] = [
  ...FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => `${first} ${last}`)),
  ...HOSTILE_NAMES,
];
const HOSTILE_FROM = FIRST_NAMES.length * LAST_NAMES.length;

const asciiOf = (s: string) =>
  foldText(s)
    .replace(/[^a-z]/g, '')
    .slice(0, 12);
/** The part of a seeded email before its number: "zoe.oconnor". */
const EMAIL_STEMS: readonly string[] = FIRST_NAMES.flatMap((first) =>
  LAST_NAMES.map((last) => `${asciiOf(first)}.${asciiOf(last)}`),
);

/** A seeded order's email, from its name and index alone. */
export function seedEmail(nameIndex: number, index: number): string {
  return nameIndex >= HOSTILE_FROM ? `guest${index}@example.com` : `${EMAIL_STEMS[nameIndex]}${index % 97}@example.com`;
}

interface ItemDraw {
  product: Product;
  unitPriceCents: number;
  quantity: number;
  /** Index into PERSONALIZATIONS, or -1. */
  personalization: number;
}

/**
 * Every random choice behind one seeded order, in the order they are drawn, as numbers. Indexing
 * reads the few it needs from here without building the order's strings and objects.
 */
export interface SeedDraw {
  status: OrderStatus;
  createdMs: number;
  nameIndex: number;
  items: ItemDraw[];
  placeIndex: number;
  /** Index into PO_BOX_LINES, or -1 for a street address. */
  poBox: number;
  streetNumber: number;
  street: number;
  /** 0: no second line. */
  apartment: number;
  /** 0: no phone. */
  phoneExchange: number;
  phoneLine: number;
  /** Index into HOSTILE_LINES replacing line 1, or -1. */
  hostileLine: number;
  shippingMethod: ShippingMethod;
  totalCents: number;
  paidMinutes: number;
  refundRequested: boolean;
}

export const PERSONALIZATIONS = ['Mia', 'Love you, Dad', 'Est. 2019', 'Zoë ♥'] as const;

function drawItems(random: Random): ItemDraw[] {
  const count = random.int(1, 3);
  const items: ItemDraw[] = [];
  for (let i = 0; i < count; i += 1) {
    const product: Product = random.pick(CATALOG);
    const quantity = random.chance(0.8) ? 1 : random.int(2, 4);
    const personalization = product.kind === 'personalized' ? Math.floor(random.next() * PERSONALIZATIONS.length) : -1;
    items.push({ product, unitPriceCents: product.priceCents, quantity, personalization });
  }
  return items;
}

function drawPlace(random: Random): number {
  const roll = random.next();
  if (roll < 0.06) return REMOTE_FROM + Math.floor(random.next() * REMOTE_PLACES.length);
  if (roll < 0.14) return INTERNATIONAL_FROM + Math.floor(random.next() * INTERNATIONAL_PLACES.length);
  return Math.floor(random.next() * US_PLACES.length);
}

function createdMsOf(random: Random, index: number, count: number, anchorMs: number): number {
  if (index < RECENT_ORDERS) return anchorMs - (index + 1) * RECENT_SPACING;
  const spacing = Math.max(MINUTE, YEAR / count);
  return anchorMs - RECENT_ORDERS * RECENT_SPACING - (index - RECENT_ORDERS + random.next()) * spacing;
}

/** The draws for the seeded order at `index` of `count`, newest first. */
export function drawSeed(index: number, count: number, anchorMs: number): SeedDraw {
  const random = randomFor(index);
  const status = pickStatus(random, index);
  const createdMs = createdMsOf(random, index, count, anchorMs);
  const first = Math.floor(random.next() * FIRST_NAMES.length);
  const last = Math.floor(random.next() * LAST_NAMES.length);
  const nameIndex =
    index % 41 === 5
      ? HOSTILE_FROM + (Math.floor(index / 41) % HOSTILE_NAMES.length)
      : first * LAST_NAMES.length + last;
  const items = drawItems(random);
  const placeIndex = drawPlace(random);
  const poBox = random.chance(0.06) ? Math.floor(random.next() * PO_BOX_LINES.length) : -1;
  const streetNumber = poBox < 0 ? random.int(1, 9999) : 0;
  const street = poBox < 0 ? Math.floor(random.next() * STREETS.length) : 0;
  const apartment = poBox < 0 && random.chance(0.2) ? random.int(1, 40) : 0;
  const phoned = random.chance(0.8);
  const phoneExchange = phoned ? random.int(100, 999) : 0;
  const phoneLine = phoned ? random.int(1000, 9999) : 0;
  const hostileLine = index % 53 === 7 ? Math.floor(index / 53) % HOSTILE_LINES.length : -1;
  const expressAllowed = !items.some((i) => i.product.restricted) && (poBox < 0 || hostileLine >= 0);
  const shippingMethod: ShippingMethod = expressAllowed && random.chance(0.25) ? 'express' : 'standard';
  const { totalCents } = orderTotals(items, shippingMethod);
  const paidMinutes = status === 'unpaid' ? 0 : random.int(1, 5);
  const refundRequested =
    status !== 'unpaid' && status !== 'cancelled' && index >= RECENT_ORDERS && random.chance(0.06);
  return {
    status,
    createdMs,
    nameIndex,
    items,
    placeIndex,
    poBox,
    streetNumber,
    street,
    apartment,
    phoneExchange,
    phoneLine,
    hostileLine,
    shippingMethod,
    totalCents,
    paidMinutes,
    refundRequested,
  };
}

/** Each order has its own PRNG stream, so any order can be made from its index alone. */
function randomFor(index: number): Random {
  let h = Math.imul(SEED ^ (index + 1), 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return createRandom(h >>> 0);
}

/**
 * The status and creation time of every seeded order (their first two draws, without the rest),
 * written into the given columns: status as its rank in ORDER_STATUSES, time in whole milliseconds.
 */
export function seedHeads(count: number, anchorMs: number, statuses: Uint8Array, createdMs: Float64Array): void {
  for (let index = 0; index < count; index += 1) {
    const random = randomFor(index);
    statuses[index] = STATUS_RANK[pickStatus(random, index)];
    createdMs[index] = Math.trunc(createdMsOf(random, index, count, anchorMs));
  }
}
