import type { Permission } from '@zeren/contracts';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';
import type { Tx } from '../db/client';
import { type CalendarListener, registerCalendarListener } from './calendar/calendar.service';
import type { ConcurrencyLimit } from './concurrency';
import type { FieldCipher } from './crypto';
import { type FigureSource, registerFigureSource } from './figures';
import { registerFileOwner } from './files/files.service';
import { type ModuleMessages, registerMessages } from './i18n';
import type { ScheduledJob } from './jobs';
import { type OpenDatasetSource, registerOpenDataset } from './open-data';
import type { ProofOfWork } from './proof-of-work';
import type { RecordHandle, ScopedRow } from './records';
import { registerSearchSource, type SearchSource } from './search/search';
import type { SmsSender } from './sms/sms';
import type { Tally } from './tallies';
import { registerWorkbenchSource, type WorkbenchSource } from './workbench';

/** What the platform hands a module when it installs its routes. */
export interface ModuleDeps {
  config: Config;
  /** The one proof-of-work verifier of the server (it remembers used solutions). */
  proofOfWork: ProofOfWork;
  /** Sends the portal's verification codes by SMS. */
  sms: SmsSender;
  /** Spreadsheet imports running at once in this server (MAX_CONCURRENT_IMPORTS), shared by every importer. */
  imports: ConcurrencyLimit;
  /** Draws public reports' receipt codes, when not at random (a test's chosen codes). */
  receiptCodes?: () => string;
}

/** Ids of the demo city's core data (units, persons, accounts) by their demo keys. */
export interface DemoRefs {
  tx: Tx;
  now: Date;
  cipher: FieldCipher;
  /** unit key → id */
  unitIds: Map<string, string>;
  /** person key → id */
  personIds: Map<string, string>;
  /** username → account id */
  accountIds: Map<string, string>;
}

/** Files attached to a module's records are read with the permission that reads those records. */
export interface FileOwner {
  ownerType: string;
  readPermission: Permission;
}

/**
 * A business module as the platform knows it. The module registers everything it brings; the
 * platform never imports a module. The list of modules is `modules/index.ts`.
 */
export interface ServerModule {
  name: string;
  /** Server messages, both languages with the same keys, each key prefixed with the module name. */
  messages?: ModuleMessages;
  /** Record types whose ids the module's routes take (loaders, history). */
  records?: RecordHandle<ScopedRow>[];
  fileOwners?: FileOwner[];
  routes(app: FastifyInstance, deps: ModuleDeps): void | Promise<void>;
  /** The module's part of the demo city, after the core data and the modules before it. */
  seedDemo?(refs: DemoRefs): Promise<void>;
  /** Recomputes what it counted on working days through these years, after the calendar changed. */
  onCalendarChanged?: CalendarListener;
  /** Its entries on the workbench (工作台). */
  workbench?: WorkbenchSource[];
  /** Its figures on the dashboard (领导驾驶舱), each with the list behind it. */
  figures?: FigureSource[];
  /** Its record types staff search finds (`/api/search`), each read with its own permission and scope. */
  search?: SearchSource[];
  /** What it does by itself on a schedule (escalation, digests): started by the app. */
  jobs?: ScheduledJob[];
  /** Its tallies (platform/tallies.ts), which the platform's job folds. */
  tallies?: Tally[];
  /** Its published records as open datasets on the portal (数据公开). */
  openData?: OpenDatasetSource[];
}

const records = new Map<string, RecordHandle>();

/** Makes a record type known to the history route. */
export function registerRecord(handle: RecordHandle): void {
  records.set(handle.type, handle);
}

/** The loader of a record type, for platform routes that take a record type in the path. */
export function recordHandle(type: string): RecordHandle | undefined {
  return records.get(type);
}

/** Registers a module's messages, record types and file owners, then its routes. */
export async function installModule(
  app: FastifyInstance,
  module: ServerModule,
  deps: ModuleDeps,
): Promise<void> {
  if (module.messages) registerMessages(module.messages);
  for (const handle of module.records ?? []) registerRecord(handle as RecordHandle);
  for (const owner of module.fileOwners ?? []) registerFileOwner(owner.ownerType, owner.readPermission);
  if (module.onCalendarChanged) registerCalendarListener(module.onCalendarChanged);
  for (const source of module.workbench ?? []) registerWorkbenchSource(source);
  for (const dataset of module.openData ?? []) registerOpenDataset(dataset);
  for (const source of module.figures ?? []) registerFigureSource(source);
  for (const source of module.search ?? []) registerSearchSource(source);
  await module.routes(app, deps);
}
