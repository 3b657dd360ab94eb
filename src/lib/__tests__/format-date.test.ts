import { describe, it, expect } from 'vitest';
import { formatClock, formatDay, formatExact, formatMoment, formatRelative } from '@/lib/format-date';

const NOW = new Date('2026-11-30T10:00:00Z');

describe('formatRelative follows the calendar of the merchant’s time zone', () => {
  it.each([
    ['2026-11-30T09:59:30Z', 'UTC', 'just now'],
    ['2026-11-30T09:15:00Z', 'UTC', '45 minutes ago'],
    ['2026-11-30T01:00:00Z', 'UTC', '9 hours ago'],
    // 30 hours earlier: the day before in UTC and Tokyo, two days before in Los Angeles.
    ['2026-11-29T04:00:00Z', 'UTC', 'yesterday'],
    ['2026-11-29T04:00:00Z', 'Asia/Tokyo', 'yesterday'],
    ['2026-11-29T04:00:00Z', 'America/Los_Angeles', '2 days ago'],
    // Around midnight: the calendar, not the hours, decides "yesterday" (Tokyo is at 19:00 on the 30th).
    ['2026-11-29T23:00:00Z', 'UTC', 'yesterday'],
    ['2026-11-30T00:30:00Z', 'UTC', '9 hours ago'],
    ['2026-11-29T14:30:00Z', 'Asia/Tokyo', 'yesterday'],
    ['2026-11-29T15:30:00Z', 'Asia/Tokyo', '18 hours ago'],
    ['2026-11-25T12:00:00Z', 'UTC', '5 days ago'],
    ['2026-11-20T12:00:00Z', 'UTC', 'Nov 20'],
    ['2025-12-31T12:00:00Z', 'UTC', 'Dec 31, 2025'],
    ['2026-01-01T03:00:00Z', 'America/New_York', 'Dec 31, 2025'],
  ])('%s in %s → %j', (iso, timeZone, text) => {
    expect(formatRelative(iso, NOW, timeZone)).toBe(text);
  });
});

describe('exact times name their time zone', () => {
  it.each([
    ['UTC', 'Nov 30, 2026, 10:00 AM UTC'],
    ['America/New_York', 'Nov 30, 2026, 5:00 AM EST'],
    ['Asia/Tokyo', 'Nov 30, 2026, 7:00 PM GMT+9'],
  ])('formatExact in %s', (timeZone, text) => {
    expect(formatExact(NOW, timeZone)).toBe(text);
  });

  it('formatClock gives the time alone on the same day, with the date otherwise', () => {
    expect(formatClock(new Date('2026-11-30T11:30:00Z'), NOW, 'UTC')).toBe('11:30 AM UTC');
    expect(formatClock(new Date('2026-11-30T11:30:00Z'), NOW, 'Asia/Tokyo')).toBe('8:30 PM GMT+9');
    expect(formatClock(new Date('2026-11-30T16:30:00Z'), NOW, 'Asia/Tokyo')).toBe('Dec 1, 1:30 AM GMT+9');
  });

  it('formatDay is the calendar day there', () => {
    expect(formatDay('2026-12-01T03:00:00Z', 'UTC')).toBe('Dec 1, 2026');
    expect(formatDay('2026-12-01T03:00:00Z', 'America/Chicago')).toBe('Nov 30, 2026');
  });
});

describe('formatMoment: a trail line’s time, by the merchant’s calendar', () => {
  it.each([
    ['2026-11-30T09:42:00Z', 'UTC', '9:42 AM'],
    // 10:05 AM on the 30th in Tokyo, where it is now 7:00 PM the same day.
    ['2026-11-30T01:05:00Z', 'Asia/Tokyo', '10:05 AM'],
    // The evening before in Los Angeles (now is 2:00 AM on the 30th there).
    ['2026-11-30T05:00:00Z', 'America/Los_Angeles', 'Nov 29, 9:00 PM'],
    ['2026-11-28T15:30:00Z', 'UTC', 'Nov 28, 3:30 PM'],
    ['2025-12-31T12:00:00Z', 'UTC', 'Dec 31, 2025, 12:00 PM'],
  ])('%s in %s → %j', (iso, timeZone, text) => {
    expect(formatMoment(iso, NOW, timeZone)).toBe(text);
  });
});
