import type { BilingualText, OpenDataField } from '@zeren/contracts';
import type { ServiceContext } from './context';

/** One cell of an open dataset: scalars only, so the CSV and the JSON hold the same values. */
export type OpenDataValue = string | number | boolean | null;
export type OpenDataRow = Record<string, OpenDataValue>;

/**
 * A public dataset a module offers on the portal's open data page (数据公开). The module that owns
 * the records describes it and streams its rows through its own published-only queries (the ones
 * its portal routes use), so the platform never reads a module's tables and no dataset can hold a
 * record the portal does not already show. Fields are the dataset's whole shape: a row's other
 * keys are dropped, and no field may carry personal data (docs/design/open-data.md).
 */
export interface OpenDatasetSource {
  /** Stable: part of the download URLs. */
  id: string;
  title: BilingualText;
  description: BilingualText;
  fields: OpenDataField[];
  /** The field whose latest value is the dataset's "last updated" (a date or time), if any. */
  updatedField?: string;
  /** The published rows, in a stable order, read page by page (never the whole table in memory). */
  rows(ctx: ServiceContext): AsyncIterable<OpenDataRow>;
}

const sources = new Map<string, OpenDatasetSource>();

export function registerOpenDataset(source: OpenDatasetSource): void {
  if (!sources.has(source.id)) sources.set(source.id, source);
}

/** Every registered dataset, in the order the modules registered them. */
export function openDatasets(): OpenDatasetSource[] {
  return [...sources.values()];
}

export function openDataset(id: string): OpenDatasetSource | undefined {
  return sources.get(id);
}

/**
 * Reads a paged published-only list page after page: for the modules' `rows`, from list
 * functions that take `{ limit, offset }` and answer `{ items, total }`.
 */
export async function* pagesOf<T>(
  page: (p: { limit: number; offset: number }) => Promise<{ items: T[] }>,
  limit = 100,
): AsyncIterable<T> {
  for (let offset = 0; ; offset += limit) {
    const { items } = await page({ limit, offset });
    yield* items;
    if (items.length < limit) return;
  }
}

/** A field of a dataset, described in both languages. */
export const openField = (
  name: string,
  type: OpenDataField['type'],
  zh: string,
  en: string,
): OpenDataField => ({ name, type, description: { 'zh-CN': zh, 'en-US': en } });
