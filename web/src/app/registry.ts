import type { Messages } from '../i18n/catalogs';
import type { RecordDescriptor } from '../lib/history';
import { MODULES } from '../modules';
import type {
  AnyWebModule,
  ListPage,
  ListQuery,
  MenuEntry,
  MenuGroup,
  PageDescriptor,
  UnitTab,
  WorkbenchCard,
} from './module';

/** The features as the shell walks them (their message types erased). */
export const WEB_MODULES = MODULES as unknown as readonly AnyWebModule[];

type Page = PageDescriptor<{ nav: Record<string, string> }>;

/** Every page of every feature. */
export const PAGES: readonly Page[] = WEB_MODULES.flatMap((module) => module.pages ?? []);

/** Every menu group any feature opens. */
export const MENU_GROUPS: readonly MenuGroup<{ nav: Record<string, string> }>[] = WEB_MODULES.flatMap(
  (module) => module.menuGroups ?? [],
);

/** The pages that have a menu entry, with it. */
export const MENU_PAGES = PAGES.filter(
  (page): page is Page & { menu: MenuEntry<{ nav: Record<string, string> }> } => page.menu !== undefined,
);

/** Record types of the platform itself rather than of a feature. */
const CORE_RECORDS: readonly RecordDescriptor[] = [
  { type: 'stored_file', label: (t) => t.history.storedFile },
];

/** Every record type described, by type: the core's and each feature's. */
export const RECORDS: ReadonlyMap<string, RecordDescriptor> = new Map(
  [...CORE_RECORDS, ...WEB_MODULES.flatMap((module) => module.records ?? [])].map((record) => [
    record.type,
    record,
  ]),
);

/** A record type's label, or its code when no feature describes it. */
export function recordTypeLabel(t: Messages, type: string): string {
  return RECORDS.get(type)?.label(t) ?? type;
}

/** The page showing each list operation (as features declare them). */
export const LIST_PAGES: ReadonlyMap<string, ListPage> = new Map(
  WEB_MODULES.flatMap((module) => module.lists ?? []).map((list) => [list.operationId, list]),
);

/**
 * The address of the page listing an operation's records filtered by `query`; null when no page
 * shows it. A page of one record (`/evaluation-rounds/:id`) takes its parameters from the query.
 */
export function listHref(operationId: string, query: ListQuery = {}): string | null {
  const page = LIST_PAGES.get(operationId);
  if (!page) return null;
  const rest = { ...query };
  const path = page.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = rest[name];
    delete rest[name];
    return encodeURIComponent(String(value ?? ''));
  });
  const search = new URLSearchParams(
    page.search
      ? page.search(rest)
      : Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, String(value)])),
  ).toString();
  return search ? `${path}?${search}` : path;
}

/** Every workbench entry's look, by the key the server gives it. */
export const WORKBENCH: ReadonlyMap<string, WorkbenchCard> = new Map(
  WEB_MODULES.flatMap((module) => module.workbench ?? []).map((card) => [card.key, card]),
);

/** The tabs features add to the unit page, in the modules' order. */
export const UNIT_TABS: readonly UnitTab[] = WEB_MODULES.flatMap((module) => module.unitTabs ?? []);
