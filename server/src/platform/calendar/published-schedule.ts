import { createRequire } from 'node:module';
import { isWeekend } from './working-days';

/** The shape of chinese-days' dist/chinese-days.json: day → "English name,中文名,days". */
export interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

export interface ScheduleDay {
  day: string;
  isWorkingDay: boolean;
  kind: 'holiday' | 'adjusted_workday';
  name: string | null;
}

/** The published schedule bundled with the chinese-days package (2004–2026 in 1.5.7). */
export function loadChineseDays(): ChineseDaysData {
  const require = createRequire(import.meta.url);
  return require('chinese-days/dist/chinese-days.json') as ChineseDaysData;
}

function chineseName(entry: string): string | null {
  const [english, chinese] = entry.split(',');
  return chinese?.trim() || english?.trim() || null;
}

/**
 * The exceptions to Monday–Friday by year: holidays that fall on a weekday and weekend days
 * made working days (调休上班). Holidays on a weekend change nothing and are left out.
 */
export function scheduleByYear(data: ChineseDaysData): Map<number, ScheduleDay[]> {
  const byYear = new Map<number, ScheduleDay[]>();
  const add = (d: ScheduleDay) => {
    const year = Number(d.day.slice(0, 4));
    const days = byYear.get(year);
    if (days) days.push(d);
    else byYear.set(year, [d]);
  };
  for (const [day, entry] of Object.entries(data.holidays)) {
    if (!isWeekend(day)) add({ day, isWorkingDay: false, kind: 'holiday', name: chineseName(entry) });
  }
  for (const [day, entry] of Object.entries(data.workdays)) {
    if (isWeekend(day)) add({ day, isWorkingDay: true, kind: 'adjusted_workday', name: chineseName(entry) });
  }
  // Years whose every holiday fell on a weekend still have a schedule.
  for (const day of [...Object.keys(data.holidays), ...Object.keys(data.workdays)]) {
    const year = Number(day.slice(0, 4));
    if (!byYear.has(year)) byYear.set(year, []);
  }
  for (const days of byYear.values()) days.sort((a, b) => a.day.localeCompare(b.day));
  return byYear;
}
