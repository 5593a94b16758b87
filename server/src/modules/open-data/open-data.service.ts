import { createHash } from 'node:crypto';
import {
  type CommitmentCounts,
  emptyCommitmentCounts,
  type OpenDataCatalogue,
  type OpenDataset,
  type PublicProgress,
} from '@zeren/contracts';
import type { ServiceContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import {
  type OpenDataRow,
  type OpenDatasetSource,
  openDataset,
  openDatasets,
  pagesOf,
} from '../../platform/open-data';
import { getPublicCampaign } from '../campaign/campaign.service';
import { listPublicCommitments } from '../statements/statements.service';
import { listPublishedSuggestions } from '../suggestions/suggestions.service';
import { csvLine, csvRecord } from './csv';

const BASE = '/api/portal/open-data';

/** A dataset's rows as published: only its declared fields, in their order, missing ones null. */
async function* projected(ctx: ServiceContext, source: OpenDatasetSource): AsyncIterable<OpenDataRow> {
  const names = source.fields.map((f) => f.name);
  for await (const row of source.rows(ctx)) {
    const out: OpenDataRow = {};
    for (const name of names) out[name] = row[name] ?? null;
    yield out;
  }
}

/** What one pass over a dataset tells: its rows, its latest publication and a digest of its content. */
interface DatasetState {
  rowCount: number;
  updatedAt: string | null;
  etag: string;
}

async function stateOf(ctx: ServiceContext, source: OpenDatasetSource): Promise<DatasetState> {
  const hash = createHash('sha256');
  let rowCount = 0;
  let updatedAt: string | null = null;
  for await (const row of projected(ctx, source)) {
    rowCount += 1;
    hash.update(JSON.stringify(row)).update('\n');
    const value = source.updatedField ? row[source.updatedField] : null;
    // ISO dates and times compare as text.
    if (typeof value === 'string' && (updatedAt === null || value > updatedAt)) updatedAt = value;
  }
  return { rowCount, updatedAt, etag: `"${hash.digest('base64url').slice(0, 27)}"` };
}

function describe(source: OpenDatasetSource, state: DatasetState): OpenDataset {
  return {
    id: source.id,
    title: source.title,
    description: source.description,
    fields: source.fields,
    rowCount: state.rowCount,
    updatedAt: state.updatedAt,
    csvUrl: `${BASE}/${source.id}.csv`,
    jsonUrl: `${BASE}/${source.id}.json`,
  };
}

/**
 * The catalogue and the figures read every dataset: on a public route that must not cost a pass
 * over all published records per request. Each is computed at most once every SHARED_MS per
 * database (concurrent requests wait for the same computation), well within the five minutes
 * the responses tell caches they may keep them. Keyed by the database object, so two apps (two
 * test files) never share an answer.
 */
const SHARED_MS = 30_000;
const shared = new WeakMap<object, Map<string, { at: number; value: Promise<unknown> }>>();

function computedOnce<T>(ctx: ServiceContext, key: string, compute: () => Promise<T>): Promise<T> {
  let entries = shared.get(ctx.db);
  if (!entries) {
    entries = new Map();
    shared.set(ctx.db, entries);
  }
  const now = performance.now();
  const hit = entries.get(key);
  if (hit && now - hit.at < SHARED_MS) return hit.value as Promise<T>;
  const entry = { at: now, value: compute() as Promise<unknown> };
  entries.set(key, entry);
  // A failure is not kept: the next request computes again.
  entry.value.catch(() => {
    if (entries.get(key) === entry) entries.delete(key);
  });
  return entry.value as Promise<T>;
}

/** The open data catalogue: every registered dataset with its fields, rows and stable URLs. */
export function openDataCatalogue(ctx: ServiceContext): Promise<OpenDataCatalogue> {
  return computedOnce(ctx, 'catalogue', async () => {
    const datasets: OpenDataset[] = [];
    for (const source of openDatasets()) datasets.push(describe(source, await stateOf(ctx, source)));
    return { datasets };
  });
}

export type OpenDataFormat = 'csv' | 'json';

/**
 * One dataset for download: its ETag (a digest of the rows as they are now, read in a first
 * pass) and the body as a stream of text chunks (a second pass), so that no dataset is held in
 * memory whole. 404 for an id no module registered.
 */
export async function openDataDownload(
  ctx: ServiceContext,
  id: string,
  format: OpenDataFormat,
): Promise<{ etag: string; body: () => AsyncIterable<string> }> {
  const source = openDataset(id);
  if (!source) throw notFound();
  const state = await stateOf(ctx, source);
  const etag = `${state.etag.slice(0, -1)}-${format}"`;
  return { etag, body: () => (format === 'csv' ? csvBody(ctx, source) : jsonBody(ctx, source)) };
}

/** UTF-8 with a byte-order mark (so Excel reads Chinese), a header row of field names, CRLF lines. */
async function* csvBody(ctx: ServiceContext, source: OpenDatasetSource): AsyncIterable<string> {
  yield `\uFEFF${csvLine(source.fields.map((f) => f.name))}`;
  for await (const row of projected(ctx, source)) yield csvRecord(row, source.fields);
}

/** One JSON array, an object a line, so it can also be read line by line. */
async function* jsonBody(ctx: ServiceContext, source: OpenDatasetSource): AsyncIterable<string> {
  let first = true;
  yield '[';
  for await (const row of projected(ctx, source)) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(row)}`;
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}

// ---------------------------------------------------------------- public figures (工作进展)

export const PROGRESS_DATASET_ID = 'campaign-progress';

/**
 * The campaign's public figures, counted from what the portal publishes only: the modules'
 * published-only lists (suggestions, commitments of published statements) and the other open
 * datasets' rows. No person is named; units appear by name with their public overdue counter.
 */
export function publicProgress(ctx: ServiceContext): Promise<PublicProgress> {
  return computedOnce(ctx, 'progress', () => computeProgress(ctx));
}

async function computeProgress(ctx: ServiceContext): Promise<PublicProgress> {
  const campaign = await getPublicCampaign(ctx).catch(() => null);

  const datasets: PublicProgress['datasets'] = [];
  for (const source of openDatasets()) {
    if (source.id === PROGRESS_DATASET_ID) continue;
    let rowCount = 0;
    for await (const _ of source.rows(ctx)) rowCount += 1;
    datasets.push({ id: source.id, title: source.title, rowCount });
  }

  const domains = new Map<string | null, PublicProgress['domains'][number]>();
  const domainOf = (title: string | null) => {
    let d = domains.get(title);
    if (!d) {
      d = { title, suggestions: 0, answeredSuggestions: 0, commitments: emptyCommitmentCounts() };
      domains.set(title, d);
    }
    return d;
  };
  // The campaign's domains in its order, each shown even when nothing is filed under it yet.
  for (const d of campaign?.domains ?? []) domainOf(d.title);

  const suggestions = { published: 0, answered: 0, withActions: 0 };
  for await (const s of pagesOf((p) => listPublishedSuggestions(ctx, p), 50)) {
    const answered = s.answer !== null;
    suggestions.published += 1;
    if (answered) suggestions.answered += 1;
    if (s.actions.length > 0) suggestions.withActions += 1;
    const d = domainOf(s.domainTitle);
    d.suggestions += 1;
    if (answered) d.answeredSuggestions += 1;
  }

  const commitments: CommitmentCounts = emptyCommitmentCounts();
  const units = new Map<string, { unitName: string; commitments: number; overdue: number }>();
  for await (const c of pagesOf((p) => listPublicCommitments(ctx, p))) {
    commitments[c.status] += 1;
    domainOf(c.domainTitle).commitments[c.status] += 1;
    const u = units.get(c.unitName) ?? { unitName: c.unitName, commitments: 0, overdue: 0 };
    u.commitments += 1;
    if (c.status === 'overdue') u.overdue += 1;
    units.set(c.unitName, u);
  }

  return {
    campaign: campaign && {
      name: campaign.name,
      year: campaign.year,
      currentPhase: campaign.currentPhase,
      phases: campaign.phases.map((p) => ({ phase: p.phase, startDate: p.startDate, endDate: p.endDate })),
    },
    datasets,
    suggestions,
    commitments,
    domains: [...domains.values()],
    units: [...units.values()].sort(
      (a, b) =>
        b.overdue - a.overdue || b.commitments - a.commitments || a.unitName.localeCompare(b.unitName),
    ),
  };
}

/** The figures as a dataset: one row for the whole, one per domain, one per unit. */
export async function* progressRows(ctx: ServiceContext): AsyncIterable<OpenDataRow> {
  const p = await publicProgress(ctx);
  const counts = (c: CommitmentCounts) => ({
    commitments: Object.values(c).reduce((a, b) => a + b, 0),
    commitmentsOverdue: c.overdue,
    commitmentsFulfilled: c.fulfilled,
    commitmentsNotFulfilled: c.not_fulfilled,
  });
  yield {
    level: 'total',
    name: p.campaign?.name ?? null,
    suggestions: p.suggestions.published,
    answeredSuggestions: p.suggestions.answered,
    ...counts(p.commitments),
  };
  for (const d of p.domains)
    yield {
      level: 'domain',
      name: d.title,
      suggestions: d.suggestions,
      answeredSuggestions: d.answeredSuggestions,
      ...counts(d.commitments),
    };
  for (const u of p.units)
    yield {
      level: 'unit',
      name: u.unitName,
      suggestions: null,
      answeredSuggestions: null,
      commitments: u.commitments,
      commitmentsOverdue: u.overdue,
      commitmentsFulfilled: null,
      commitmentsNotFulfilled: null,
    };
}
