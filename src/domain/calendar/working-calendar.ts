// Working days and hours in the Netherlands: weekends and Dutch public holidays are not working days.
// Pure: every function takes the instant it reasons about; nothing reads the system clock.
import Holidays from "date-holidays";
import { DateTime } from "luxon";

export interface WorkingCalendarOptions {
  zone: string;
  /** "HH:mm" local time a working day starts, e.g. "08:30". */
  workdayStart: string;
  /** "HH:mm" local time a working day ends; deadlines fall at this moment. */
  workdayEnd: string;
}

export interface WorkingCalendar {
  readonly zone: string;
  isWorkingDay(at: Date): boolean;
  isWithinWorkingHours(at: Date): boolean;
  /** End of the n-th working day after the day of `from` (n = 0: end of that day, or of the next working day). */
  addWorkingDays(from: Date, n: number): Date;
  /** `from` moved forward by whole working days, keeping the local time of day. */
  shiftWorkingDays(from: Date, n: number): Date;
  /** Start of the working day that lies n working days before the day of `date` (notices ahead of a date). */
  startOfWorkingDayBefore(date: Date, n: number): Date;
  /** The same instant if within working hours, else the start of the next working period. */
  nextWorkingMoment(at: Date): Date;
  /** Public holiday names on that local day (empty when none). */
  holidayNames(at: Date): string[];
  /** Local calendar date "yyyy-MM-dd" of an instant. */
  localDate(at: Date): string;
}

const parseHm = (hm: string): { hour: number; minute: number } => {
  const [h, m] = hm.split(":").map(Number);
  return { hour: h ?? 0, minute: m ?? 0 };
};

/** Dutch public holidays by local date ("yyyy-MM-dd"), computed once per year: date-holidays is slow per lookup. */
function holidayCache(): (year: number) => Map<string, string[]> {
  const holidays = new Holidays("NL", { types: ["public"] });
  const years = new Map<number, Map<string, string[]>>();
  return (year) => {
    let days = years.get(year);
    if (!days) {
      days = new Map();
      for (const h of holidays.getHolidays(year).filter((x) => x.type === "public")) {
        const day = h.date.slice(0, 10);
        days.set(day, [...(days.get(day) ?? []), h.name]);
      }
      years.set(year, days);
    }
    return days;
  };
}

/** Results by argument, bounded (cleared when large): deadlines cluster at the end of working days, so a sweep asks
 * about the same few instants for every obligation, and each answer costs luxon several zone lookups. */
function memo(compute: (from: Date, n: number) => Date): (from: Date, n: number) => Date {
  const results = new Map<string, number>();
  return (from, n) => {
    const key = `${from.getTime()}:${n}`;
    let result = results.get(key);
    if (result === undefined) {
      if (results.size >= 10_000) results.clear();
      result = compute(from, n).getTime();
      results.set(key, result);
    }
    return new Date(result); // a fresh Date each time: a caller may change the one it gets
  };
}

export function createWorkingCalendar(options: WorkingCalendarOptions): WorkingCalendar {
  const holidaysOfYear = holidayCache();
  const start = parseHm(options.workdayStart);
  const end = parseHm(options.workdayEnd);
  const local = (at: Date): DateTime => DateTime.fromJSDate(at, { zone: options.zone });

  const namesOn = (day: DateTime): string[] => holidaysOfYear(day.year).get(day.toISODate() ?? "") ?? [];
  const holidayNames = (at: Date): string[] => namesOn(local(at));
  // On local days directly: converting back and forth between Date and DateTime dominated the arithmetic.
  const isWorkingLocalDay = (day: DateTime) => day.weekday <= 5 && namesOn(day).length === 0;
  const isWorkingDay = (at: Date) => isWorkingLocalDay(local(at));
  const atTime = (day: DateTime, t: { hour: number; minute: number }) =>
    day.set({ hour: t.hour, minute: t.minute, second: 0, millisecond: 0 });
  // Days are stepped on a zone-less (UTC) copy of the local date, then set back once: stepping in the zone made
  // luxon work out the zone's offset on every step, which dominated the sweep's ladder arithmetic.
  const workingDaysAfter = (day: DateTime, n: number): DateTime => {
    let d = DateTime.utc(day.year, day.month, day.day);
    for (let i = 0; i < n; i++) {
      d = d.plus({ days: 1 });
      while (!isWorkingLocalDay(d)) d = d.plus({ days: 1 });
    }
    return day.set({ year: d.year, month: d.month, day: d.day });
  };
  const nextWorkingDay = (day: DateTime): DateTime => workingDaysAfter(day, 1);

  return {
    zone: options.zone,
    isWorkingDay,
    holidayNames,
    localDate: (at) => local(at).toISODate() ?? "",
    isWithinWorkingHours(at) {
      const l = local(at);
      return isWorkingDay(at) && l >= atTime(l, start) && l < atTime(l, end);
    },
    addWorkingDays: memo((from, n) => {
      let day: DateTime = local(from).startOf("day");
      if (!isWorkingDay(from)) day = nextWorkingDay(day);
      return atTime(workingDaysAfter(day, n), end).toJSDate();
    }),
    shiftWorkingDays: memo((from, n) => workingDaysAfter(local(from), n).toJSDate()),
    startOfWorkingDayBefore(date, n) {
      let day: DateTime = local(date).startOf("day");
      for (let i = 0; i < n; ) {
        day = day.minus({ days: 1 });
        if (isWorkingLocalDay(day)) i++;
      }
      while (!isWorkingLocalDay(day)) day = day.minus({ days: 1 });
      return atTime(day, start).toJSDate();
    },
    nextWorkingMoment(at) {
      const l = local(at);
      if (isWorkingDay(at) && l < atTime(l, start)) return atTime(l, start).toJSDate();
      if (this.isWithinWorkingHours(at)) return at;
      return atTime(nextWorkingDay(l.startOf("day")), start).toJSDate();
    },
  };
}
