/** Query keys of the working-day calendar; a change to a day refreshes every computation too. */
export const calendarKeys = {
  all: ['calendar'] as const,
  years: ['calendar', 'years'] as const,
  days: (year: number) => ['calendar', 'days', year] as const,
  between: (from: string, to: string) => ['calendar', 'between', from, to] as const,
  add: (from: string, days: number) => ['calendar', 'add', from, days] as const,
};
