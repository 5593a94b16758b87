import { format } from '../../i18n/format';
import { type Formatter, fmt, HIDDEN, LIST_EXPORT_FIELDS, type RecordDescriptor } from '../../lib/history';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Uploaded files by count (the pages list them by name). */
const files: Formatter = (value, ctx) =>
  Array.isArray(value) && value.length > 0
    ? format(ctx.t.progress.filesCount, { count: value.length })
    : fmt.text(value, ctx);

/** Named rows (categories, indicators): their names, as the language joins lists. */
const names: Formatter = (value, ctx) =>
  Array.isArray(value) && value.every((row) => isObject(row) && typeof row.name === 'string')
    ? value.map((row) => String((row as { name: string }).name)).join(ctx.t.history.listSeparator)
    : fmt.text(value, ctx);

/** The evaluator groups: 人大代表 20%（邀请评议）、… */
const groups: Formatter = (value, ctx) =>
  Array.isArray(value) && value.every(isObject)
    ? value
        .map((row) =>
          format(ctx.t.common.withNote, {
            text: `${String(row.name ?? row.group)} ${String(row.weight)}%`,
            note: (ctx.t.ballotChannel as Record<string, string>)[String(row.channel)] ?? String(row.channel),
          }),
        )
        .join(ctx.t.history.listSeparator)
    : fmt.text(value, ctx);

/** The levels' scores: 满意 100、基本满意 70、不满意 30. */
const levelScores: Formatter = (value, ctx) =>
  isObject(value)
    ? Object.entries(value)
        .map(([level, score]) => `${(ctx.t.ballotLevel as Record<string, string>)[level] ?? level} ${score}`)
        .join(ctx.t.history.listSeparator)
    : fmt.text(value, ctx);

/** 互评 pairs by their categories' keys: a → b. */
const pairs: Formatter = (value, ctx) =>
  Array.isArray(value) && value.length > 0 && value.every(isObject)
    ? value.map((row) => `${String(row.from)} → ${String(row.to)}`).join(ctx.t.history.listSeparator)
    : fmt.text(value, ctx);

/** Accounts given a token each, by count. */
const accounts: Formatter = (value, ctx) =>
  Array.isArray(value) && value.length > 0
    ? format(ctx.t.evaluationTokens.accountsCount, { count: value.length })
    : fmt.text(value, ctx);

/**
 * An evaluation round (评议轮次): prepared and edited (title, window, scale, categories, groups
 * and weights, indicators, pairs, targets), opened, closed, reopened with a reason, its results
 * approved with an opinion and published; tokens issued and viewed, results exported.
 */
export const evaluationRoundRecord: RecordDescriptor = {
  type: 'evaluation_round',
  label: (t) => t.evaluation.record,
  fields: {
    ...LIST_EXPORT_FIELDS,
    status: { label: (t) => t.evaluation.status, format: fmt.label((t) => t.evaluationRoundStatus) },
    unitId: { label: (t) => t.evaluation.unit, format: fmt.unit },
    title: { label: (t) => t.evaluation.title },
    opensAt: { label: (t) => t.evaluation.opensAt, format: fmt.dateTime },
    closesAt: { label: (t) => t.evaluation.closesAt, format: fmt.dateTime },
    scale: { label: (t) => t.evaluation.scale, format: fmt.label((t) => t.evaluationScale) },
    levelScores: { label: (t) => t.evaluation.levelScores, format: levelScores },
    trimExtremes: { label: (t) => t.evaluation.trimExtremes, format: fmt.bool },
    categories: { label: (t) => t.evaluation.categories, format: names },
    groups: { label: (t) => t.evaluation.groups, format: groups },
    indicators: { label: (t) => t.evaluation.indicators, format: names },
    mutualPairs: { label: (t) => t.evaluation.mutualPairs, format: pairs },
    targetUnitIds: { label: (t) => t.evaluation.targets, format: fmt.list(fmt.unit) },
    targets: { label: (t) => t.evaluation.targetCount },
    group: { label: (t) => t.evaluationTokens.group, format: fmt.label((t) => t.evaluatorGroup) },
    count: { label: (t) => t.evaluationTokens.count },
    accountIds: { label: (t) => t.evaluationTokens.accounts, format: accounts },
    format: { label: (t) => t.evaluationResults.format },
    reason: { label: (t) => t.history.reason, long: true },
    opinion: { label: (t) => t.history.opinion, long: true },
    campaignId: HIDDEN,
  },
};

/** A ballot: cast (its group, channel and flags; never who cast it), accepted or rejected with a note. */
export const ballotRecord: RecordDescriptor = {
  type: 'ballot',
  label: (t) => t.ballot.record,
  fields: {
    ...LIST_EXPORT_FIELDS,
    status: { label: (t) => t.ballot.review, format: fmt.label((t) => t.ballotReview) },
    group: { label: (t) => t.ballot.group, format: fmt.label((t) => t.evaluatorGroup) },
    channel: { label: (t) => t.ballot.channel, format: fmt.label((t) => t.ballotChannel) },
    flags: { label: (t) => t.ballot.flags, format: fmt.list(fmt.label((t) => t.ballotFlag)) },
    note: { label: (t) => t.ballot.reviewNote, long: true },
    reason: { label: (t) => t.history.reason, long: true },
    opinion: { label: (t) => t.history.opinion, long: true },
    roundId: HIDDEN,
    targetId: HIDDEN,
  },
};

/** An exemplar (先进典型): nominated and edited, approved, declined with a reason, published. */
export const exemplarRecord: RecordDescriptor = {
  type: 'exemplar',
  label: (t) => t.exemplar.record,
  fields: {
    ...LIST_EXPORT_FIELDS,
    status: { label: (t) => t.exemplar.status, format: fmt.label((t) => t.exemplarStatus) },
    unitId: { label: (t) => t.exemplar.unit, format: fmt.unit },
    kind: { label: (t) => t.exemplar.kind, format: fmt.label((t) => t.exemplarKind) },
    nomineeUnitId: { label: (t) => t.exemplar.nomineeUnit, format: fmt.unit },
    nomineePersonId: { label: (t) => t.exemplar.nomineePerson, format: fmt.person },
    title: { label: (t) => t.exemplar.title },
    citation: { label: (t) => t.exemplar.citation, long: true },
    fileIds: { label: (t) => t.exemplar.attachments, format: files },
    reason: { label: (t) => t.history.reason, long: true },
    opinion: { label: (t) => t.history.opinion, long: true },
    campaignId: HIDDEN,
  },
};
