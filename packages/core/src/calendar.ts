/**
 * Dates as the partnership counts them: ISO dates, England and Wales bank holidays, working days
 * (statutory complaint timescales), months, calendar and financial quarters and years, their labels,
 * and the date formats of census files, extracts and spreadsheets.
 * @packageDocumentation
 */

export {
  type BankHoliday,
  bankHolidayOn,
  bankHolidays,
  bankHolidaysBetween,
  easterSunday,
  FIRST_BANK_HOLIDAY_YEAR,
  isBankHoliday,
  LAST_BANK_HOLIDAY_YEAR,
} from "./bank-holidays.js";
export {
  type DateFormat,
  dateFormatSchema,
  dateInProblem,
  isDateFormat,
  readDateIn,
  writeDateIn,
} from "./date-format.js";
export { dateTextProblem, parseDateText } from "./date-text.js";
export {
  addFinancialYears,
  calendarQuarterOf,
  type FinancialQuarter,
  type FinancialQuarterId,
  type FinancialYearId,
  type FinancialYearStyle,
  financialQuarterId,
  financialQuarterIdSchema,
  financialQuarterOf,
  financialQuarterParts,
  financialYear,
  financialYearEnd,
  financialYearOf,
  financialYearSchema,
  financialYearStart,
  financialYearStartYear,
  formatFinancialYear,
  isFinancialQuarterId,
  isFinancialYearId,
  parseFinancialYear,
  quartersOfFinancialYear,
  safeParseFinancialYear,
} from "./financial-years.js";
export {
  addIsoDays,
  addIsoMonths,
  type DateArgument,
  daysInMonth,
  type IsoDate,
  isIsoDate,
  isoDateArgument,
  isoDateFromDayNumber,
  isoDateSchema,
  isoDayNumber,
  isoWeekday,
  toIsoDate,
} from "./iso-date.js";
export {
  addMonthsToMonth,
  isMonthId,
  type MonthId,
  type MonthRange,
  monthEnd,
  monthOf,
  monthRangeOfQuarter,
  monthStart,
  monthsOfRange,
  quarterOfMonth,
  quarterOfMonthRange,
} from "./months.js";
export {
  formatQuarter,
  parseQuarterLabel,
  type QuarterLabelResult,
  type QuarterStyle,
  quarterLabelSchema,
  quarterStyles,
  safeParseQuarterLabel,
} from "./quarter-labels.js";
export {
  addQuarters,
  compareQuarters,
  differenceInQuarters,
  isInQuarter,
  isQuarterId,
  nextQuarter,
  previousQuarter,
  type QuarterId,
  type QuarterNumber,
  quarterEnd,
  quarterId,
  quarterIdSchema,
  quarterOf,
  quarterParts,
  quarterStart,
  quartersBetween,
} from "./quarters.js";
export { parseExtractDate, parseXmlDate } from "./system-dates.js";
export {
  addWorkingDays,
  type DayOff,
  daysOffBetween,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  type WorkingDayCalendar,
  type WorkingDayOptions,
  workingDayCalendar,
  workingDaysBetween,
} from "./working-days.js";
