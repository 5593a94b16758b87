import { randomInt } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { hash, verify } from '@node-rs/argon2';
import {
  LEAD_OPEN_STATUSES,
  type LeadStatus,
  type PublicReportStage,
  RECEIPT_CODE_DIGITS,
} from '@zeren/contracts';
import { type WorkingDayCalendar, workingDaysBetweenIn } from '../../platform/calendar/working-days';
import { ConcurrencyLimit } from '../../platform/concurrency';
import type { FieldCipher } from '../../platform/crypto';

/**
 * The accountability module's rules as pure functions: how alike two Chinese texts are (for
 * duplicate proposals), which terms of a text to match against the power lists, the receipt
 * code, where a lead's deadline stands, and what a reporter is told of a lead's status.
 */

/** Characters that carry meaning: CJK ideographs, letters and digits (punctuation and spaces drop). */
const MEANINGFUL = /[\p{Script=Han}\p{L}\p{N}]/u;

/** The character bigrams of a text, the usual unit of similarity for Chinese (no word segmentation needed). */
export function bigrams(text: string): Set<string> {
  const chars = [...text.toLowerCase()].filter((c) => MEANINGFUL.test(c));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** Dice's coefficient of two texts' bigrams: 1 the same, 0 nothing in common. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return (2 * common) / (x.size + y.size);
}

/** A lead is proposed as a possible duplicate from this similarity of summary and details up. */
export const DUPLICATE_THRESHOLD = 0.5;

/**
 * Bigrams too common in complaints to say whose duty a problem is (问题, 群众, 反映…): matching
 * them against the power lists would propose every unit.
 */
const COMMON_TERMS = new Set([
  '问题',
  '群众',
  '反映',
  '部门',
  '工作',
  '相关',
  '没有',
  '一直',
  '情况',
  '有关',
  '单位',
  '办理',
  '处理',
  '我们',
  '他们',
  '进行',
  '存在',
  '要求',
  '管理',
  '负责',
  '人员',
]);

/** The Chinese bigrams of a text worth matching against the power lists, at most `max`. */
export function matchTerms(text: string, max = 40): string[] {
  return [...bigrams(text)]
    .filter((g) => /^\p{Script=Han}{2}$/u.test(g) && !COMMON_TERMS.has(g))
    .slice(0, max);
}

/** A new receipt code: RECEIPT_CODE_DIGITS random digits (crypto). */
export function newReceiptCode(): string {
  let code = '';
  for (let i = 0; i < RECEIPT_CODE_DIGITS; i++) code += String(randomInt(10));
  return code;
}

/**
 * What finds a report by its receipt code: 40 bits of a keyed digest of the whole code (the field
 * key's, FieldCipher.keyedDigest), so the table holds nothing of the code itself and a copy of the
 * database without the key cannot even tell which report a guessed code would open. 40 bits: two
 * reports share one about once in ten million at 100,000 reports (the intake draws again), and a
 * guess that matches the key still needs the hash.
 */
export const receiptLookupKey = (cipher: FieldCipher, code: string) =>
  cipher.keyedDigest('receipt-lookup', code).slice(0, 10);

/**
 * The lookup key of receipts issued before the ninth session: the code's first 8 digits, beside a
 * 4 MiB hash. Such reports are still found (reportByCode tries both); no new report gets one.
 */
export const legacyReceiptLookupKey = (code: string) => code.slice(0, 8);

/** Grouped by four for reading aloud and copying: 1234 5678 9012 3456 7890. */
export const formatReceiptCode = (code: string) => code.replace(/(\d{4})(?=\d)/g, '$1 ');

export function isOpenLead(status: LeadStatus): boolean {
  return (LEAD_OPEN_STATUSES as readonly string[]).includes(status);
}

/** With this many working days left or fewer an open lead shows yellow. */
export const LEAD_DUE_SOON_WORKING_DAYS = 3;

/** Where an open lead's deadline stands today: red past it, yellow close to it. */
export function leadDueState(
  calendar: WorkingDayCalendar,
  status: LeadStatus,
  dueDate: string,
  today: string,
): { overdue: boolean; colour: 'none' | 'yellow' | 'red'; workingDaysLeft: number | null } {
  if (!isOpenLead(status)) return { overdue: false, colour: 'none', workingDaysLeft: null };
  const left = workingDaysBetweenIn(calendar, today, dueDate);
  if (today > dueDate) return { overdue: true, colour: 'red', workingDaysLeft: left };
  return {
    overdue: false,
    colour: left <= LEAD_DUE_SOON_WORKING_DAYS ? 'yellow' : 'none',
    workingDaysLeft: left,
  };
}

/** What the reporter sees of a lead's status (never who handles it). */
export function publicStage(status: LeadStatus): PublicReportStage {
  switch (status) {
    case 'received':
      return 'received';
    // Shelved for later, or joined to another report of the same problem: still being handled.
    case 'shelved':
    case 'merged':
    case 'accepted':
      return 'handling';
    case 'concluded':
      return 'concluded';
    case 'forwarded':
      return 'forwarded';
    case 'closed':
      return 'not_pursued';
  }
}

/** Whether the reporter may rate and appeal: once the lead is closed or concluded. */
export const isClosedForReporter = (status: LeadStatus) => status === 'closed' || status === 'concluded';

/** How official documents (notices) name measures and sanctions. */
export const MEASURE_TEXT: Record<string, string> = {
  talk_reminder: '谈话提醒',
  criticism_education: '批评教育',
  written_inspection: '责令作出书面检查',
  circulated_criticism: '通报批评',
  admonition: '诫勉',
  suspension: '停职检查',
  reassignment: '调整职务',
  ordered_resignation: '责令辞职',
  demotion: '降职',
  removal: '免职',
  major_reassignment: '重大职务调整',
  case_review: '立案审查',
};
export const SANCTION_TEXT: Record<string, string> = {
  gov_warning: '政务警告处分',
  gov_demerit: '政务记过处分',
  gov_major_demerit: '政务记大过处分',
  gov_downgrade: '政务降级处分',
  gov_dismissal_from_post: '政务撤职处分',
  gov_expulsion: '开除处分',
  party_warning: '党内警告处分',
  party_serious_warning: '党内严重警告处分',
  party_removal_from_post: '撤销党内职务处分',
  party_probation: '留党察看处分',
  party_expulsion: '开除党籍处分',
};

/** A person as a public notice names them: the surname and 某某 (王某某). */
export const maskedName = (name: string) => `${[...name][0] ?? ''}某某`;

/**
 * The receipt code's hash: argon2id with 1 MiB and one pass (a quarter of a millisecond a code,
 * salted). All 20 digits are secret — the lookup key is a keyed digest, not a prefix — so guessing
 * one code from a stolen database takes up to 10^20 tries: without the field key each try is a
 * hash (hundreds of millions of core-years), with it 10^20 keyed digests shared by every report and
 * then some 10^8 hashes for the one report (docs/design/accountability.md, "The receipt's lookup
 * key"). Before, 8 of the 20 digits were the lookup key in clear and a 4 MiB hash guarded 10^12
 * guesses: about thirty core-years a code, and four times the work for each report filed.
 */
const RECEIPT_HASH = { algorithm: 2, memoryCost: 1024, timeCost: 1, parallelism: 1 } as const;

/**
 * Receipt hashes computed at once: all cores but one. Each holds a core of the thread pool; at a
 * busy hour four of them at once on a two-core machine took the cores from the event loop and the
 * database, and every report waited longer (docs/design/accountability.md).
 */
const receiptHashing = new ConcurrencyLimit(Math.max(1, availableParallelism() - 1));

export function hashReceiptCode(code: string): Promise<string> {
  return receiptHashing.run(() => hash(code, RECEIPT_HASH));
}

/** A receipt code and its hash, computing from the moment the code is drawn. */
export interface DrawnReceipt {
  code: string;
  codeHash: Promise<string>;
}

export function drawReceipt(code: string): DrawnReceipt {
  const codeHash = hashReceiptCode(code);
  // Awaited by the report that takes it; a failure is that report's, not an unhandled rejection.
  codeHash.catch(() => {});
  return { code, codeHash };
}

/**
 * Receipt codes the intake keeps drawn and hashed ahead (in memory only, each handed out once): a
 * burst of reports as large as a batch takes codes whose hashes were computed while the server
 * was idle (docs/design/accountability.md, "Receipts drawn ahead, and a cheaper lead").
 */
export const RECEIPTS_AHEAD = 32;

let dummyReceiptHash: Promise<string> | undefined;
/** Whether `code` is the one hashed; an unknown lookup key checks against a dummy, taking as long. */
export async function receiptCodeMatches(codeHash: string | undefined, code: string): Promise<boolean> {
  dummyReceiptHash ??= hashReceiptCode('00000000000000000000');
  try {
    const against = codeHash ?? (await dummyReceiptHash);
    return (await receiptHashing.run(() => verify(against, code))) && codeHash !== undefined;
  } catch {
    return false;
  }
}
