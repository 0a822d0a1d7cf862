/**
 * Timestamp parsing: every detected form and explicit pattern with the exact instant expected (written with
 * Date.UTC, worked out by hand), zones and daylight saving, invalid calendar values, and detection with its
 * ambiguity and unparseable errors.
 */
import { describe, expect, it } from 'vitest';
import { createTimestampParser, detectTimestampParser } from '../../src/log/timestamps.js';
import { InputError, UsageError } from '../../src/errors.js';

const utc = Date.UTC;
const H = 3_600_000;

function parse(format: string, text: string, timezone?: string): number {
  return createTimestampParser(format, timezone).parse(text);
}

function detected(samples: string[], timezone?: string) {
  return detectTimestampParser(samples, { column: 'time', file: 'log.csv', timezone });
}

describe('ISO 8601', () => {
  it.each([
    ['2010-12-30T14:32:00Z', utc(2010, 11, 30, 14, 32)],
    ['2010-12-30 14:32:00', utc(2010, 11, 30, 14, 32)],
    ['2010-12-30T14:32', utc(2010, 11, 30, 14, 32)],
    ['2010-12-30 14:32:07', utc(2010, 11, 30, 14, 32, 7)],
    ['2010-12-30', utc(2010, 11, 30)],
    ['2010-12-30T14:32:00+01:00', utc(2010, 11, 30, 13, 32)],
    ['2010-12-30T14:32:00-0530', utc(2010, 11, 30, 20, 2)],
    ['2010-12-30T14:32:00+02', utc(2010, 11, 30, 12, 32)],
    ['2011-10-11 13:45:40.276000+02:00', utc(2011, 9, 11, 11, 45, 40, 276)],
    ['2011-10-11 13:45:40.2+02:00', utc(2011, 9, 11, 11, 45, 40, 200)],
    ['2011-10-11T13:45:40.123Z', utc(2011, 9, 11, 13, 45, 40, 123)],
    ['2011-10-11T13:45:40,5Z', utc(2011, 9, 11, 13, 45, 40, 500)],
    ['2011-10-11T13:45:40.000Z', utc(2011, 9, 11, 13, 45, 40)],
    ['2011-10-11T13:45:40.123456Z', utc(2011, 9, 11, 13, 45, 40, 123) + 0.456],
    ['2011-10-11 13:45:40 +02:00', utc(2011, 9, 11, 11, 45, 40)],
    ['2012-02-29T00:00:00Z', utc(2012, 1, 29)],
    ['2000-02-29', utc(2000, 1, 29)],
    ['  2010-12-30 14:32:00 ', utc(2010, 11, 30, 14, 32)],
    ['1971-01-01 00:20', utc(1971, 0, 1, 0, 20)],
    ['1969-12-31T23:59:59Z', -1000],
  ])('%s', (text, expected) => {
    expect(parse('iso', text)).toBeCloseTo(expected, 6);
  });

  it('keeps microseconds as a fraction of a millisecond', () => {
    const ms = parse('iso', '2011-10-11T13:45:40.123456Z');
    expect(Math.floor(ms)).toBe(utc(2011, 9, 11, 13, 45, 40, 123));
    expect(Math.round((ms - Math.floor(ms)) * 1000)).toBe(456);
  });

  it.each([
    '2010-13-01', '2010-02-30', '2011-02-29', '1900-02-29', '2010-12-32', '2010-12-30T24:00', '2010-12-30T23:60',
    '2010-12-30T23:59:60', '2010-12-30T10', '2010-12-30X10:00', '2010-12-30T10:00Zjunk', '2010-12-30T10:00+25:00',
    '2010-1-30', '10-12-30', '', 'yesterday', '2010-12-30T10:00:00.', '2010-12-30T10:00:0',
  ])('rejects %j', (text) => {
    expect(parse('iso', text)).toBeNaN();
  });
});

describe('numeric day-first, month-first and year-first forms', () => {
  it.each([
    ['DD/MM/YYYY HH:mm', '31/12/2020 13:05', utc(2020, 11, 31, 13, 5)],
    ['DD-MM-YYYY', '31-12-2020', utc(2020, 11, 31)],
    ['DD.MM.YYYY HH:mm', '16.01.2017 13:29', utc(2017, 0, 16, 13, 29)],
    ['DD.MM.YYYY HH:mm', '6.1.2017 9:29', utc(2017, 0, 6, 9, 29)],
    ['MM/DD/YYYY HH:mm:ss', '12/31/2020 13:05:09', utc(2020, 11, 31, 13, 5, 9)],
    ['MM/DD/YYYY hh:mm A', '12/31/2020 1:05 PM', utc(2020, 11, 31, 13, 5)],
    ['MM/DD/YYYY hh:mm A', '12/31/2020 12:05 AM', utc(2020, 11, 31, 0, 5)],
    ['MM/DD/YYYY hh:mm A', '12/31/2020 12:05 pm', utc(2020, 11, 31, 12, 5)],
    ['YYYY/MM/DD HH:mm:ss.SSS', '2012/10/09 14:50:17.000', utc(2012, 9, 9, 14, 50, 17)],
    ['YYYY/MM/DD HH:mm:ss.SSS', '2012/10/09 14:50:17.25', utc(2012, 9, 9, 14, 50, 17, 250)],
    ['DD/MM/YYYY', '29/02/2024', utc(2024, 1, 29)],
    ['YY-MM-DD', '68-01-01', utc(2068, 0, 1)],
    ['YY-MM-DD', '69-01-01', utc(1969, 0, 1)],
    ['D MMM YYYY', '5 Mar 2021', utc(2021, 2, 5)],
    ['D MMMM YYYY', '5 march 2021', utc(2021, 2, 5)],
    ['YYYYMMDDHHmmss', '20210305101112', utc(2021, 2, 5, 10, 11, 12)],
    ['YYYY-MM-DD[T]HH:mm:ss.SSSZ', '2021-03-05T10:11:12.345+01:00', utc(2021, 2, 5, 9, 11, 12, 345)],
    ['YYYY-MM-DD HH:mm:ss ZZ', '2021-03-05 10:11:12 -0200', utc(2021, 2, 5, 12, 11, 12)],
    ['DD.MM.YYYY', '1.2.2021', utc(2021, 1, 1)],
  ])('%s reads %s', (format, text, expected) => {
    expect(parse(format, text)).toBe(expected);
  });

  it.each([
    ['DD/MM/YYYY', '30/02/2020'],
    ['DD/MM/YYYY', '31/04/2020'],
    ['DD/MM/YYYY', '29/02/2023'],
    ['MM/DD/YYYY', '13/01/2020'],
    ['DD/MM/YYYY HH:mm', '01/01/2020 24:00'],
    ['MM/DD/YYYY hh:mm A', '12/31/2020 13:05 PM'],
    ['DD/MM/YYYY', '01/01/2020 extra'],
    ['YYYYMMDD', '2021035'],
    ['D MMM YYYY', '5 Foo 2021'],
  ])('%s rejects %s', (format, text) => {
    expect(parse(format, text)).toBeNaN();
  });

  it('refuses a pattern without year and month', () => {
    expect(() => createTimestampParser('HH:mm')).toThrow(UsageError);
  });
});

describe('epoch numbers', () => {
  it('reads seconds and milliseconds, integers and decimals', () => {
    expect(parse('epoch-s', '1293719520')).toBe(utc(2010, 11, 30, 14, 32));
    expect(parse('epoch-s', '1293719520.5')).toBe(utc(2010, 11, 30, 14, 32) + 500);
    expect(parse('epoch-ms', '1293719520123')).toBe(utc(2010, 11, 30, 14, 32, 0, 123));
    expect(parse('epoch-ms', '1293719520123.25')).toBe(utc(2010, 11, 30, 14, 32, 0, 123) + 0.25);
    expect(parse('epoch-s', '-86400')).toBe(-86_400_000);
    expect(parse('epoch', '1293719520')).toBe(utc(2010, 11, 30, 14, 32));
    expect(parse('epoch', '1293719520123')).toBe(utc(2010, 11, 30, 14, 32, 0, 123));
    expect(parse('epoch-s', '12e5')).toBeNaN();
    expect(parse('epoch-s', '1.')).toBeNaN();
  });
});

describe('time zones for zone-less values', () => {
  it('reads them in the given IANA zone, and leaves explicit offsets alone', () => {
    expect(parse('iso', '2021-07-01 12:00', 'Europe/Amsterdam')).toBe(utc(2021, 6, 1, 10));
    expect(parse('iso', '2021-01-01 12:00', 'Europe/Amsterdam')).toBe(utc(2021, 0, 1, 11));
    expect(parse('iso', '2021-07-01 12:00Z', 'Europe/Amsterdam')).toBe(utc(2021, 6, 1, 12));
    expect(parse('iso', '2021-07-01 12:00', 'America/New_York')).toBe(utc(2021, 6, 1, 16));
    expect(parse('DD/MM/YYYY HH:mm', '01/07/2021 12:00', '+05:30')).toBe(utc(2021, 6, 1, 6, 30));
    expect(parse('iso', '2021-07-01 12:00', 'UTC')).toBe(utc(2021, 6, 1, 12));
  });

  it('is UTC by default, whatever the machine zone', () => {
    expect(parse('iso', '2021-07-01 12:00')).toBe(utc(2021, 6, 1, 12));
  });

  it('moves a wall time in the spring-forward gap forward by the gap (Amsterdam, 28 March 2021)', () => {
    const p = createTimestampParser('iso', 'Europe/Amsterdam');
    expect(p.parse('2021-03-28 01:59:59')).toBe(utc(2021, 2, 28, 0, 59, 59));
    expect(p.parse('2021-03-28 02:00')).toBe(utc(2021, 2, 28, 1, 0));
    expect(p.parse('2021-03-28 02:30')).toBe(utc(2021, 2, 28, 1, 30));
    expect(p.parse('2021-03-28 03:00')).toBe(utc(2021, 2, 28, 1, 0));
    expect(p.parse('2021-03-28 03:30')).toBe(utc(2021, 2, 28, 1, 30));
  });

  it('takes the earlier instant for a wall time that occurs twice (Amsterdam, 31 October 2021)', () => {
    const p = createTimestampParser('iso', 'Europe/Amsterdam');
    expect(p.parse('2021-10-31 01:59')).toBe(utc(2021, 9, 30, 23, 59));
    expect(p.parse('2021-10-31 02:00')).toBe(utc(2021, 9, 31, 0, 0));
    expect(p.parse('2021-10-31 02:30')).toBe(utc(2021, 9, 31, 0, 30));
    expect(p.parse('2021-10-31 03:00')).toBe(utc(2021, 9, 31, 2, 0));
    // The same values with their offsets written out are exact.
    expect(p.parse('2021-10-31 02:30+01:00')).toBe(utc(2021, 9, 31, 1, 30));
  });

  it('agrees with Intl on every hour of a year in a DST zone', () => {
    const p = createTimestampParser('iso', 'America/Santiago');
    const f = new Intl.DateTimeFormat('sv-SE', { timeZone: 'America/Santiago', dateStyle: 'short', timeStyle: 'medium' });
    for (let t = utc(2022, 0, 1); t < utc(2023, 0, 1); t += H + 17_000) {
      const wall = f.format(t);
      const back = p.parse(wall);
      // Where the wall time occurs twice, the earlier instant is chosen: it formats to the same wall time.
      expect(f.format(back)).toBe(wall);
      expect(back).toBeLessThanOrEqual(t);
    }
  });

  it('refuses an unknown zone', () => {
    expect(() => createTimestampParser('iso', 'Mars/Olympus')).toThrow(UsageError);
  });
});

describe('detection', () => {
  it.each([
    [['2010-12-30 14:32:00+01:00', '2011-01-01 10:00:00+01:00'], 'iso'],
    [['2012/10/09 14:50:17.000', '2012/10/13 14:50:17.000'], 'YYYY/MM/DD HH:mm:ss.SSS'],
    [['16.01.2017 13:29', '04.01.2017 06:59'], 'DD.MM.YYYY HH:mm'],
    [['01/02/2020 10:00', '13/02/2020 10:00'], 'DD/MM/YYYY HH:mm'],
    [['01/02/2020 10:00', '02/13/2020 10:00'], 'MM/DD/YYYY HH:mm'],
    [['1/2/2020 9:05 PM', '2/13/2020 10:00 AM'], 'MM/DD/YYYY hh:mm A'],
    [['31-12-2020', '01-01-2021'], 'DD-MM-YYYY'],
    [['1293719520', '1293719580'], 'epoch-s'],
    [['1293719520000', '1293719580000'], 'epoch-ms'],
    [['1293719520.5'], 'epoch-s'],
    [['', '2010-12-30'], 'iso'],
  ])('%j → %s', (samples, format) => {
    const p = detected(samples);
    expect(p.format).toBe(format);
    for (const s of samples) if (s) expect(p.parse(s)).not.toBeNaN();
  });

  it('the detected pattern can be passed back as --timestamp-format', () => {
    const samples = ['16.01.2017 13:29', '4.1.2017 6:59'];
    const p = detected(samples);
    const q = createTimestampParser(p.format);
    expect(samples.map((s) => q.parse(s))).toEqual(samples.map((s) => p.parse(s)));
  });

  it('reports a column that reads both day-first and month-first, naming both flags', () => {
    const samples = ['01/02/2020 10:00', '03/04/2020 11:00', '12/12/2020 12:00'];
    let error: unknown;
    try {
      detectTimestampParser(samples, { column: 'Date', file: 'log.csv', columnNumber: 3 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    expect(e.code).toBe('timestamp-ambiguous');
    expect(e.column).toBe(3);
    expect(e.message).toContain("'Date'");
    expect(e.hint).toContain('--timestamp-format "DD/MM/YYYY HH:mm"');
    expect(e.hint).toContain('--timestamp-format "MM/DD/YYYY HH:mm"');
  });

  it('is not fooled by one unreadable value among good ones', () => {
    expect(detected(['n/a', '2020-01-01', '2020-01-02']).format).toBe('iso');
  });

  it('reports a column nothing reads, with the value and its line', () => {
    let error: unknown;
    try {
      detectTimestampParser(['yesterday', 'today'], { column: 'when', file: 'x.csv', columnNumber: 2, lines: [5, 6] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('timestamp-unparseable');
    expect((error as InputError).line).toBe(5);
    expect((error as InputError).column).toBe(2);
    expect((error as InputError).message).toContain("'yesterday'");
  });

  it('uses the zone for detected zone-less values', () => {
    expect(detected(['16.01.2017 13:29'], 'Europe/Amsterdam').parse('16.01.2017 13:29')).toBe(utc(2017, 0, 16, 12, 29));
  });
});
