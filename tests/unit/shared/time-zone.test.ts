import { describe, expect, it } from 'vitest';
import { setClock, today } from '../../../electron/core/dates';

describe('the suite runs in the time zone its project names', () => {
  it('takes the zone from TZ, so local dates differ from UTC ones where they should', () => {
    const zone = process.env.TZ;
    expect(['Asia/Shanghai', 'UTC']).toContain(zone);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
    // 23:30 UTC is 07:30 the next morning in Shanghai.
    setClock(new Date('2026-11-30T23:30:00Z'));
    expect(today()).toBe(zone === 'UTC' ? '2026-11-30' : '2026-12-01');
  });

  it('the clock a test sets is the one today() reads, until it is set back', () => {
    setClock(new Date('2026-06-15T04:00:00Z'));
    expect(today()).toBe('2026-06-15');
    setClock(null);
    expect(Math.abs(Date.parse(`${today()}T12:00:00Z`) - Date.now())).toBeLessThan(2 * 86_400_000);
  });
});
