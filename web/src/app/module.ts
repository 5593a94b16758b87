import type { Locale, OperationId, Permission } from '@zeren/contracts';
import type { ComponentType, ReactNode } from 'react';
import type { Messages } from '../i18n/catalogs';
import type { RecordDescriptor } from '../lib/history';

/**
 * What a feature declares to the web app: its pages (path, permission, menu entry, lazily loaded
 * component), its messages in both languages and its record types (labels, history fields, the
 * page showing one record). `web/src/modules.ts` lists the features; the router, the menu, the
 * message catalogues, record histories and the audit log are built from that list.
 *
 * A module file must not import its components statically (only through `load`): the
 * catalogues are built from the module list, and every component reads the catalogues.
 */
export interface WebModule<M extends object = object> {
  name: string;
  /** The feature's messages, the same keys in both languages, merged into the one `Messages`. */
  messages: Record<Locale, M>;
  pages?: readonly PageDescriptor<M>[];
  /** Menu groups the feature opens; any feature's entries may sit in them. */
  menuGroups?: readonly MenuGroup<M>[];
  /** The record types the feature owns. */
  records?: readonly RecordDescriptor[];
  /**
   * The list operations the feature's pages show, and how a query of that operation becomes the
   * page's address: links to a filtered list (the workbench's) are built from these.
   */
  lists?: readonly ListPage[];
  /** How the workbench (工作台) entries the server counts for this feature read and look. */
  workbench?: readonly WorkbenchCard[];
  /** Tabs the feature adds to the unit page (what it records about one unit). */
  unitTabs?: readonly UnitTab[];
}

/**
 * A tab of the unit page (org) that another feature draws: a unit's conduct assessment record,
 * say. The unit page knows no feature; it shows the tabs the person's permissions allow.
 */
export interface UnitTab {
  /** Unique among the unit page's tabs. */
  key: string;
  label: (t: Messages) => string;
  /** Shown only to holders of this permission. */
  permission: Permission;
  /** The tab's content for one unit, loaded when the tab is first shown (its own chunk). */
  load: () => Promise<ComponentType<{ unitId: string }>>;
}

/** A query of a list operation, as the server names it (the workbench's entries carry one). */
export type ListQuery = Record<string, string | number | boolean>;

/** A page showing a list operation's records, filtered by the query in its address. */
export interface ListPage {
  operationId: OperationId;
  /** The page's path (one of the feature's pages). */
  path: string;
  /**
   * The page's search parameters for a query of the operation; the query as it is by default
   * (the page reads those filters from its address).
   */
  search?: (query: ListQuery) => Record<string, string>;
}

/** One entry of the workbench: a count of records waiting for the person, linking to their list. */
export interface WorkbenchCard {
  /** The key the server's workbench gives the entry (`keyTasks.overdue`). */
  key: string;
  label: (t: Messages) => string;
  /** One line saying what the person is expected to do. */
  hint: (t: Messages) => string;
  icon: ReactNode;
  /** `attention`: a count above zero asks for action (overdue, to approve); `info` otherwise. */
  tone: 'attention' | 'info';
  /** Position on the workbench, ascending. */
  order: number;
}

/** A key of the module's own `nav` messages. */
export type NavKey<M> = M extends { nav: infer N } ? Extract<keyof N, string> : never;

export interface PageDescriptor<M> {
  /** The route path, e.g. `/duties/items`. */
  path: string;
  /** Shown only to holders of this permission (403 page otherwise); everyone signed in without. */
  permission?: Permission;
  menu?: MenuEntry<M>;
  /** The page component, loaded on first visit (its own chunk). */
  load: () => Promise<ComponentType>;
}

export interface MenuEntry<M> {
  /** The id of the menu group it sits in; top level without. */
  group?: string;
  icon: ReactNode;
  label: NavKey<M>;
  /** `data-testid` of the menu link. */
  testId: string;
  /** Position among its siblings, groups and entries alike, ascending. */
  order: number;
}

export interface MenuGroup<M> {
  id: string;
  icon: ReactNode;
  label: NavKey<M>;
  order: number;
}

/** A module with its message types erased (any `nav` key), as the registry walks the list. */
export type AnyWebModule = WebModule<{ nav: Record<string, string> }>;

/** Message lookups take the composed catalogue; re-exported for module files. */
export type { Messages };
