import { describe, expect, it } from 'vitest';
import { calendarDate, FULL_DATE, writtenDate } from '../../src/parser/dates.ts';

describe('dates', () => {
  it('reads ASCII, full-width and Chinese numerals', () => {
    expect(calendarDate({ year: '2024', month: '3', day: '5' })).toBe('2024-03-05');
    expect(calendarDate({ year: '２０２５', month: '１', day: '１４' })).toBe('2025-01-14');
    expect(calendarDate({ year: '二〇二四', month: '十二', day: '三十一' })).toBe('2024-12-31');
    expect(calendarDate({ year: 2024, month: '3', day: '23' })).toBe('2024-03-23');
  });

  it('checks that the date exists', () => {
    expect(calendarDate({ year: '2025', month: '2', day: '30' })).toBeNull();
    expect(calendarDate({ year: '2023', month: '2', day: '29' })).toBeNull();
    expect(calendarDate({ year: '2024', month: '2', day: '29' })).toBe('2024-02-29');
    expect(calendarDate({ year: '2024', month: '13', day: '1' })).toBeNull();
    expect(calendarDate({ year: '2024', month: '0', day: '1' })).toBeNull();
    expect(calendarDate({ year: '2024', month: '4', day: '31' })).toBeNull();
    expect(calendarDate({ year: '0050', month: '1', day: '1' })).toBe('0050-01-01'); // no 1900s shift
  });

  it('rejects unreadable numerals', () => {
    expect(calendarDate({ year: '20x4', month: '1', day: '1' })).toBeNull();
  });

  it('FULL_DATE finds the three parts in any of the forms', () => {
    const re = new RegExp(FULL_DATE);
    expect(re.exec('——2025年1月14日在湖南省…')!.slice(1)).toEqual(['2025', '1', '14']);
    expect(re.exec('（二〇二四年三月五日）')!.slice(1)).toEqual(['二〇二四', '三', '五']);
  });

  it('writes a date back as the source wrote it, for messages', () => {
    expect(writtenDate({ year: '2025', month: '2', day: '30' })).toBe('2025年2月30日');
    expect(writtenDate({ year: 2024, month: '2', day: '30' })).toBe('2月30日');
  });
});
