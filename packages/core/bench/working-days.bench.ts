import {
  addWorkingDays,
  bankHolidays,
  isoDateFromDayNumber,
  isoDayNumber,
  workingDayCalendar,
  workingDaysBetween,
} from "@st/core/calendar";
import { bench, describe } from "vitest";

// 1,000 start dates spread over 2019 to 2027, the years complaints are counted in.
const first = isoDayNumber("2019-01-01");
const starts = Array.from({ length: 1000 }, (_, i) => isoDateFromDayNumber(first + ((i * 3) % 3280)));

// The baseline a developer writes first: step one day at a time with Date, checking weekends and a
// precomputed Set of holiday dates.
const holidays = new Set<string>();
for (let year = 2019; year <= 2028; year++) for (const h of bankHolidays(year)) holidays.add(h.date);
function naiveAddWorkingDays(from: string, n: number): string {
  const d = new Date(`${from}T00:00:00Z`);
  for (let left = n; left > 0; ) {
    d.setUTCDate(d.getUTCDate() + 1);
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(d.toISOString().slice(0, 10))) left--;
  }
  return d.toISOString().slice(0, 10);
}
function naiveWorkingDaysBetween(a: string, b: string): number {
  const d = new Date(`${a}T00:00:00Z`);
  let count = 0;
  while (d.toISOString().slice(0, 10) < b) {
    d.setUTCDate(d.getUTCDate() + 1);
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(d.toISOString().slice(0, 10))) count++;
  }
  return count;
}

const calendar = workingDayCalendar({ closures: ["2025-12-29", "2025-12-30", "2025-12-31"] });

for (const n of [20, 65]) {
  describe(`addWorkingDays: 1,000 periods of ${n} working days from dates in 2019-2027`, () => {
    bench("@st/core addWorkingDays", () => {
      for (const from of starts) addWorkingDays(from, n);
    });
    bench("@st/core workingDayCalendar (with closures)", () => {
      for (const from of starts) calendar.addWorkingDays(from, n);
    });
    bench("baseline: day-by-day walk with a Set of holidays", () => {
      for (const from of starts) naiveAddWorkingDays(from, n);
    });
  });
}

describe("workingDaysBetween: 1,000 spans of one year", () => {
  const ends = starts.map((d) => isoDateFromDayNumber(isoDayNumber(d) + 365));
  bench("@st/core workingDaysBetween", () => {
    for (const [i, from] of starts.entries()) workingDaysBetween(from, ends[i] as string);
  });
  bench("baseline: day-by-day walk with a Set of holidays", () => {
    for (const [i, from] of starts.entries()) naiveWorkingDaysBetween(from, ends[i] as string);
  });
});
