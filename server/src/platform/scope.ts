import type { Permission } from '@zeren/contracts';
import { type AnyColumn, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import { type PgTable, QueryBuilder } from 'drizzle-orm/pg-core';
import { type DbOrTx, rowsOf } from '../db/client';
import { idIn } from '../db/columns';
import { type Actor, type Assignment, grantsFor } from './actor';
import { unit } from './org/org.table';

const qb = new QueryBuilder();

/** A record type that names whom it concerns (uuid arrays), for recusal. */
type Concerning = { table: PgTable; id: AnyColumn; unitIds: AnyColumn; personIds: AnyColumn };

/**
 * Why a read may ignore every caller's data scope. Each use names one, so the few unscoped reads
 * can be found (`Scope.unrestricted(`) and reviewed:
 * - `portal`: the public portal, which reads published records only, through public presenters;
 * - `job`: scheduled work and the demo seed, which act for no caller;
 * - `reload`: re-reading a record inside the use case that has just loaded it through its scope;
 * - `permission-lookup`: finding what a record is attached to, to know which permission reads it.
 */
export type UnrestrictedReason = 'portal' | 'job' | 'reload' | 'permission-lookup';

/**
 * The units a caller reaches with one permission: the union of the data scopes of the role
 * assignments that grant it. Repositories of scoped records take a Scope as a required argument,
 * so no query can forget it; ids go into SQL as bound parameters, never as strings.
 */
export class Scope {
  private constructor(
    private readonly grants: readonly Assignment[] | 'unrestricted',
    /** For error messages and logs: the permission or the reason. */
    readonly label: string,
    /** Who reads: their person and unit, for records that must never be shown to those they concern. */
    private readonly caller: { personId: string; unitId: string } | null = null,
    /** The reached units' ids, once read (`resolveAll`): the predicate then names them. */
    private readonly unitIds: readonly string[] | null = null,
  ) {}

  /** What `actor` reaches with `permission` (nothing when no assignment grants it). */
  static of(actor: Actor, permission: Permission): Scope {
    return new Scope(grantsFor(actor, permission), permission, {
      personId: actor.personId,
      unitId: actor.unitId,
    });
  }

  /** Every unit: only for the reads named in UnrestrictedReason. */
  static unrestricted(reason: UnrestrictedReason): Scope {
    return new Scope('unrestricted', reason);
  }

  /** True when every unit is reached (an `all` assignment, or an unrestricted read). */
  get global(): boolean {
    return this.grants === 'unrestricted' || this.grants.some((g) => g.dataScope === 'all');
  }

  /**
   * The same scopes with their units read now (one query per distinct set of grants), so that
   * `where` names their ids instead of a subquery of the unit tree. For a query whose plan hinges on how many rows the scope keeps:
   * PostgreSQL estimates a subquery of the tree at a row or two and a unit at the table's average,
   * so a county whose units hold a fifth of the rows gets a nested loop that reads all of them;
   * with the ids it reads each one's frequency from the statistics (docs/design/search.md).
   */
  static async resolveAll(db: DbOrTx, scopes: readonly Scope[]): Promise<Scope[]> {
    const read = new Map<string, string[]>();
    const out: Scope[] = [];
    for (const scope of scopes) {
      const reached = scope.reachedUnits();
      if (!reached || scope.unitIds || scope.grants === 'unrestricted') {
        out.push(scope);
        continue;
      }
      const key = JSON.stringify(scope.grants.map((g) => [g.dataScope, g.unitId, g.unitPath]).sort());
      let ids = read.get(key);
      if (!ids) {
        ids = rowsOf<{ id: string }>(await db.execute(reached)).map((r) => r.id);
        read.set(key, ids);
      }
      out.push(new Scope(scope.grants, scope.label, scope.caller, ids));
    }
    return out;
  }

  /** A predicate restricting `unitIdColumn` to the reached units. */
  where(unitIdColumn: AnyColumn): SQL {
    if (this.global) return sql`true`;
    if (this.unitIds) return idIn(unitIdColumn, this.unitIds);
    const grants = this.grants as readonly Assignment[];
    if (grants.length === 0) return sql`false`;
    const selfIds = grants.filter((g) => g.dataScope === 'self_unit').map((g) => g.unitId);
    const treePaths = grants.filter((g) => g.dataScope === 'unit_tree').map((g) => g.unitPath);
    const parts: SQL[] = [];
    if (selfIds.length > 0) parts.push(inArray(unitIdColumn, selfIds));
    if (treePaths.length > 0) {
      const inTree = or(...treePaths.map((p) => like(unit.path, `${p}%`)))!;
      parts.push(inArray(unitIdColumn, qb.select({ id: unit.id }).from(unit).where(inTree)));
    }
    return or(...parts)!;
  }

  /**
   * The reached units as a query of their ids, for a list that walks them one by one
   * (paging.ts `pageIdsUnitByUnit`); null when every unit is reached.
   */
  reachedUnits(): SQL | null {
    if (this.global) return null;
    const grants = this.grants as readonly Assignment[];
    const parts: SQL[] = [];
    const selfIds = grants.filter((g) => g.dataScope === 'self_unit').map((g) => g.unitId);
    if (selfIds.length > 0) parts.push(inArray(unit.id, selfIds));
    for (const g of grants) if (g.dataScope === 'unit_tree') parts.push(like(unit.path, `${g.unitPath}%`));
    return qb
      .select({ id: unit.id })
      .from(unit)
      .where(parts.length > 0 ? or(...parts) : sql`false`)
      .getSQL();
  }

  /**
   * Recusal (回避): a predicate keeping out the records that name the caller's own unit or the
   * caller among those they concern (a lead about a bureau is never shown to its staff, whatever
   * their roles). The columns are uuid arrays (GIN-indexed); an unrestricted read keeps everything.
   * Written as "the id is not among the records about the caller": PostgreSQL finds those few
   * through the arrays' indexes once and hashes them, where testing both arrays of every row
   * made a county's or the city's figures read every row's arrays from the table
   * (docs/design/dashboard.md).
   */
  notAbout(record: Concerning): SQL {
    if (!this.caller) return sql`true`;
    return sql`${record.id} not in (${this.aboutCaller(record, this.caller)})`;
  }

  /**
   * The records `notAbout` keeps out (those naming the caller's unit or the caller), as a predicate;
   * null for an unrestricted read, which keeps out nothing. A count over a tally, which cannot see
   * who a record concerns, takes these away (`countEachTallied`).
   */
  about(record: Concerning): SQL | null {
    if (!this.caller) return null;
    return sql`${record.id} in (${this.aboutCaller(record, this.caller)})`;
  }

  /** The ids of the records naming the caller's unit or the caller (through the arrays' GIN indexes). */
  private aboutCaller(record: Concerning, caller: { personId: string; unitId: string }): SQL {
    return sql`select ${record.id} from ${record.table} where ${record.unitIds} && array[${caller.unitId}]::uuid[] or ${record.personIds} && array[${caller.personId}]::uuid[]`;
  }

  /** Whether one unit (its id and materialised path) is reached. */
  covers(target: { id: string; path: string }): boolean {
    if (this.global) return true;
    return (this.grants as readonly Assignment[]).some(
      (g) =>
        (g.dataScope === 'self_unit' && g.unitId === target.id) ||
        (g.dataScope === 'unit_tree' && target.path.startsWith(g.unitPath)),
    );
  }
}

/**
 * The scope of the permission the route declared: what a list, an export or a change reaches.
 */
export function grantScope(ctx: { actor: Actor | null; grant: Permission | null }): Scope {
  if (!ctx.actor) throw new Error('a scoped read needs a signed-in caller');
  if (!ctx.grant) throw new Error('a scoped read needs a route that declares its permission');
  return Scope.of(ctx.actor, ctx.grant);
}
