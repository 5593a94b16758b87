import type { HistoryEntry, Locale, Permission } from '@zeren/contracts';
import type { Messages } from '../i18n/catalogs';
import { formatDate, formatDateTime } from './format';

/**
 * Record histories as people read them: each feature describes its record types (a label, the
 * fields its audit events carry with their labels and value formats, the page showing one
 * record), and the history tab and the audit log render events through those descriptions.
 */

/** What a value formatter may use. */
export interface FormatContext {
  t: Messages;
  locale: Locale;
  /** A unit's name by id, when the caller's unit list has the unit. */
  unitName: (id: string) => string | undefined;
  /** A person's name by id, when the page showing the history knows the persons (accounts). */
  personName: (id: string) => string | undefined;
}

export type Formatter = (value: unknown, ctx: FormatContext) => string;

/** One field of a record type's audit events. */
export type HistoryField =
  | {
      /** The label the feature's forms use for it. */
      label: (t: Messages) => string;
      /** How a value reads (plain text by default). */
      format?: Formatter;
      /**
       * Another field that names this one's value in the same event (the names of the ids): when
       * the event has it, this one is left out.
       */
      namedBy?: string;
      /** Free text: shown on lines of its own. */
      long?: boolean;
      hidden?: undefined;
    }
  /** Never shown: internal keys, or the record itself. */
  | { hidden: true };

/** A field never shown. */
export const HIDDEN: HistoryField = { hidden: true };

/**
 * What a list's Excel export records (`<record>.exported`): the rows counted when it started; the
 * list's operation and filters are the export's own, not the record's, and stay out of sight.
 */
export const LIST_EXPORT_FIELDS: Record<string, HistoryField> = {
  count: { label: (t) => t.listExport.count },
  operation: HIDDEN,
  filters: HIDDEN,
  countExact: HIDDEN,
};

/** A record type as the web app shows it. */
export interface RecordDescriptor {
  type: string;
  label: (t: Messages) => string;
  /** The fields of its audit events, in the order the history lists them. */
  fields?: Record<string, HistoryField>;
  /** The page that opens one record, for holders of `permission`. */
  link?: { permission: Permission; href: (id: string) => string };
}

// ---------------------------------------------------------------- value formatters

const isBlank = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

const text: Formatter = (value, ctx) => {
  if (isBlank(value)) return ctx.t.history.emptyValue;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};

/** Applies `format` to a string or number value, anything else reads as plain text. */
const when =
  <T extends string | number>(kind: 'string' | 'number', format: (value: T, ctx: FormatContext) => string) =>
  (value: unknown, ctx: FormatContext): string =>
    typeof value === kind && !isBlank(value) ? format(value as T, ctx) : text(value, ctx);

export const fmt = {
  text,
  /** 是 / 否. */
  bool: ((value, ctx) =>
    value === true ? ctx.t.common.yes : value === false ? ctx.t.common.no : text(value, ctx)) as Formatter,
  /** A calendar date, as the pages show deadlines (lib/format.ts). */
  date: when<string>('string', (value, ctx) => formatDate(value, ctx.locale) || value),
  /** A moment, in Beijing time, as the pages show timestamps. */
  dateTime: when<string>('string', (value, ctx) => formatDateTime(value, ctx.locale) || value),
  /** A code shown by its label (a status, a category…); an unknown code as it is. */
  label: (pick: (t: Messages) => Record<string, string>): Formatter =>
    when<string>('string', (value, ctx) => pick(ctx.t)[value] ?? value),
  /** A list, each item formatted, joined as the language joins lists. */
  list:
    (item: Formatter = text): Formatter =>
    (value, ctx) =>
      Array.isArray(value) && value.length > 0
        ? value.map((entry) => item(entry, ctx)).join(ctx.t.history.listSeparator)
        : item(value, ctx),
  /** A unit id, by the unit's name when the caller can see it. */
  unit: when<string>('string', (value, ctx) => ctx.unitName(value) ?? value),
  /** A person id, by the person's name when the caller can see it. */
  person: when<string>('string', (value, ctx) => ctx.personName(value) ?? value),
  /** A version number: V2. */
  version: when<number>('number', (value) => `V${value}`),
  /** 60%. */
  percent: when<number>('number', (value) => `${value}%`),
};

// ---------------------------------------------------------------- changes of one event

/** One line of an event: a field set, changed or removed. */
export interface Change {
  field: string;
  label: string;
  /** Absent: the field was set (a creation, a reason given). */
  before?: string;
  /** Absent: the field was removed (a deletion). */
  after?: string;
  long: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What an event changed, labelled and formatted: the fields of its before and after payloads,
 * in the descriptor's order (unknown fields last, by their own names), without the ones that
 * did not change, the hidden ones, ids their names stand for, and empty fields of a creation.
 */
export function describeChanges(
  entry: Pick<HistoryEntry, 'before' | 'after'>,
  fields: Record<string, HistoryField> | undefined,
  ctx: FormatContext,
  /** Every field, hidden ones and ids named otherwise too (the audit log shows all it holds). */
  options: { all?: boolean } = {},
): Change[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const order = Object.keys(fields ?? {});
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b),
  );
  const changes: Change[] = [];
  for (const key of keys) {
    const described = fields?.[key];
    if (described?.hidden && !options.all) continue;
    const field = described?.hidden ? undefined : described;
    if (field?.namedBy && !options.all && (field.namedBy in before || field.namedBy in after)) continue;
    const inBefore = key in before;
    const inAfter = key in after;
    if (inBefore && inAfter && same(before[key], after[key])) continue;
    // A field set or removed without a value says nothing (a creation's empty fields).
    if (inBefore !== inAfter && !options.all && isBlank(inAfter ? after[key] : before[key])) continue;
    const format = field?.format ?? text;
    changes.push({
      field: key,
      label: field ? field.label(ctx.t) : key,
      ...(inBefore ? { before: format(before[key], ctx) } : {}),
      ...(inAfter ? { after: format(after[key], ctx) } : {}),
      long: field?.long ?? false,
    });
  }
  return changes;
}

/** An audit action's label, or its code when no feature labels it. */
export function actionLabel(t: Messages, action: string): string {
  return (t.auditAction as Record<string, string>)[action] ?? action;
}
