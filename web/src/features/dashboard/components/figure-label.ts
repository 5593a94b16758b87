import type { DashboardFigure } from '@zeren/contracts';
import type { Messages } from '../../../app/module';
import { format } from '../../../i18n/format';

/**
 * A figure's name in the reader's language, from its key: a vocabulary's value (a source, a
 * conduct type, a disposal way, a colour, a liability, a form, a satisfaction, a key task's or a
 * commitment's status) through that vocabulary's labels, a month as a month, a domain (or a ranked
 * unit) by the name the server gave.
 */
export function figureLabel(t: Messages, figure: DashboardFigure): string {
  const [group, kind, value] = figure.key.split('.') as [string, string, string | undefined];
  if (value !== undefined) {
    if (group === 'leads' && kind === 'source') return t.leadSource[value as keyof typeof t.leadSource];
    if (group === 'leads' && kind === 'conduct') return t.conduct[value as keyof typeof t.conduct];
    if (group === 'leads' && kind === 'disposal') return t.disposal[value as keyof typeof t.disposal];
    if (group === 'leads' && kind === 'domain') return figure.label ?? t.dashboard.unnamedDomain;
    if (group === 'leads' && kind === 'month')
      return format(t.dashboard.month, { year: value.slice(0, 4), month: Number(value.slice(5)) });
    if (group === 'publicReports' && kind === 'satisfaction')
      return t.satisfaction[value as keyof typeof t.satisfaction];
    if (group === 'determinations' && kind === 'liability')
      return t.liability[value as keyof typeof t.liability];
    if (group === 'determinations' && kind === 'form')
      return t.disciplineForm[value as keyof typeof t.disciplineForm];
    if (group === 'supervision' && kind === 'reminders')
      return t.supervisionReminderKind[value as keyof typeof t.supervisionReminderKind];
    if (group === 'supervision' && kind === 'colour')
      return t.supervisionColour[value as keyof typeof t.supervisionColour];
    if (group === 'keyTasks' && kind === 'status')
      return t.keyTaskStatus[value as keyof typeof t.keyTaskStatus];
    if (group === 'keyTasks' && kind === 'domain') return figure.label ?? t.dashboard.unnamedDomain;
    if (group === 'commitments' && kind === 'status')
      return t.commitmentStatus[value as keyof typeof t.commitmentStatus];
  }
  return t.dashboard.figure[figure.key] ?? figure.label ?? figure.key;
}

/** The bars of supervision's colours in their own colours; others in the theme's. */
export const BAR_COLOURS: Record<string, string> = {
  'supervision.colour.blue': '#1677ff',
  'supervision.colour.yellow': '#faad14',
  'supervision.colour.red': '#ff4d4f',
};
