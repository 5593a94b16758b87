import { type Permission, RECORD_TYPES, type RecordType } from '@zeren/contracts';
import type { DbOrTx } from '../db/client';
import { requireActor, requireGrant, type ServiceContext, type TxContext } from './context';
import { fieldError, forbidden, notFound } from './errors';
import { findUnitRef, type UnitRef } from './org/org.repository';
import { Scope } from './scope';

/** Every scoped record carries its unit and that unit's materialised path. */
export interface ScopedRow {
  unitId: string;
  unitPath: string;
}

/** Events of another record type that belong in this record's history (a campaign's domains). */
export interface RelatedHistory {
  recordType: string;
  /** The payload field (before or after) that names this record's id. */
  via: string;
}

export interface RecordOptions<Row extends ScopedRow> {
  type: RecordType;
  /** The one lookup by id, within a scope. */
  find(db: DbOrTx, id: string, scope: Scope): Promise<Row | undefined>;
  related?: RelatedHistory[];
  /** Reading the record shows personal data: reading its history is audited too. */
  auditViews?: boolean;
}

/**
 * A record type with its loaders. These are the only way a use case gets hold of a scoped record
 * by id: outside the caller's read scope it does not exist (404, no field of it leaks); readable
 * but outside the scope of the route's permission it is forbidden (403).
 */
export interface RecordHandle<Row extends ScopedRow = ScopedRow> extends RecordOptions<Row> {
  readPermission: Permission;
  /** The record as the caller may read it; 404 otherwise. */
  loadForRead(ctx: ServiceContext, id: string, db?: DbOrTx): Promise<Row>;
  /** The record for a change by the route's permission: 404 outside read scope, 403 outside the route's. */
  loadForChange(tx: TxContext, id: string): Promise<Row>;
  /** Re-reads a record already loaded through its scope (after a change in the same use case). */
  reload(db: DbOrTx, id: string): Promise<Row>;
}

export function defineRecord<Row extends ScopedRow>(options: RecordOptions<Row>): RecordHandle<Row> {
  const readPermission = RECORD_TYPES[options.type].readPermission;
  return {
    ...options,
    readPermission,
    async loadForRead(ctx, id, db = ctx.db) {
      const row = await options.find(db, id, Scope.of(requireActor(ctx), readPermission));
      if (!row) throw notFound();
      return row;
    },
    async loadForChange(tx, id) {
      const actor = requireActor(tx);
      const row = await options.find(tx.tx, id, Scope.of(actor, readPermission));
      if (!row) throw notFound();
      if (!Scope.of(actor, requireGrant(tx)).covers({ id: row.unitId, path: row.unitPath }))
        throw forbidden();
      return row;
    },
    async reload(db, id) {
      const row = await options.find(db, id, Scope.unrestricted('reload'));
      if (!row) throw new Error(`${options.type} ${id} vanished inside its own use case`);
      return row;
    },
  };
}

/**
 * The unit a new record is created for: it must exist and lie in the scope of the route's
 * permission, else the field is reported as not found (the caller learns nothing of units outside
 * its scope).
 */
export async function requireTargetUnit(ctx: TxContext, unitId: string, field: string): Promise<UnitRef> {
  const target = await findUnitRef(ctx.tx, unitId);
  if (!target || !Scope.of(requireActor(ctx), requireGrant(ctx)).covers(target))
    throw fieldError(field, 'field.not_found');
  return target;
}
