import {
  type OperationId,
  type Permission,
  ROUTES,
  type RouteContract,
  type WorkbenchEntry,
} from '@zeren/contracts';
import { requireActor, type ServiceContext } from './context';

/**
 * What a module puts on the workbench (工作台): a count of the records waiting for the person, and
 * the list (operation and query) that holds exactly them. The count runs as that list route
 * would — with its permission as the grant — so the two cannot disagree.
 */
export interface WorkbenchSource {
  key: string;
  /**
   * Who sees the entry (e.g. those who may approve); null: every signed-in person (their own
   * notifications). The count itself is the list's.
   */
  permission: Permission | null;
  operationId: OperationId;
  /** The list's filters: fixed, or the caller's (e.g. its current campaign); null leaves the entry out. */
  query: WorkbenchQuery | ((ctx: ServiceContext) => Promise<WorkbenchQuery | null>);
  count(ctx: ServiceContext, query: WorkbenchQuery): Promise<number>;
}

type WorkbenchQuery = Record<string, string | number | boolean>;

const sources: WorkbenchSource[] = [];

export function registerWorkbenchSource(source: WorkbenchSource): void {
  if (!sources.some((s) => s.key === source.key)) sources.push(source);
}

/** The signed-in person's workbench: the entries their permissions show, with their counts. */
export async function workbench(ctx: ServiceContext): Promise<WorkbenchEntry[]> {
  const actor = requireActor(ctx);
  const out: WorkbenchEntry[] = [];
  for (const source of sources) {
    if (source.permission && !actor.permissions.has(source.permission)) continue;
    const access = (ROUTES[source.operationId] as RouteContract).access;
    const grant = 'permission' in access ? (access.permission as Permission) : null;
    if (grant && !actor.permissions.has(grant)) continue;
    const listCtx = { ...ctx, grant };
    const query = typeof source.query === 'function' ? await source.query(listCtx) : source.query;
    if (!query) continue;
    const count = await source.count(listCtx, query);
    out.push({ key: source.key, count, operationId: source.operationId, query });
  }
  return out;
}
