import type { Messages } from '../../app/module';
import { format } from '../../i18n/format';
import type { SanctionKind } from './types';

/** A sanction with its period: 记过（12个月）, 开除（不解除）. */
export function sanctionLabel(t: Messages, kind: SanctionKind, months: number | null): string {
  return months === null
    ? format(t.determination.sanctionNoLapse, { name: t.sanction[kind] })
    : format(t.determination.sanctionPeriod, { name: t.sanction[kind], months });
}

/** One of the four forms by its number: 第二种形态; '' for none. */
export function formLabel(t: Messages, form: number | null | undefined): string {
  return form ? ((t.disciplineForm as Record<string, string>)[String(form)] ?? String(form)) : '';
}
