import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { personNamesOfAccounts } from '../org/org.repository';
import { unit } from '../org/org.table';
import type { Scope } from '../scope';
import { extensionRequest } from './extension.table';

export type ExtensionRow = typeof extensionRequest.$inferSelect;

/** An extension request of one subject type, scoped by its decider unit (the decision is that unit's). */
export function findExtension(db: DbOrTx, subjectType: string, id: string, scope: Scope) {
  return db
    .select({ request: extensionRequest, unitId: extensionRequest.deciderUnitId, unitPath: unit.path })
    .from(extensionRequest)
    .innerJoin(unit, eq(unit.id, extensionRequest.deciderUnitId))
    .where(
      and(
        eq(extensionRequest.id, id),
        eq(extensionRequest.subjectType, subjectType),
        scope.where(extensionRequest.deciderUnitId),
      ),
    )
    .limit(1)
    .then((r) => r[0]);
}

/** A record's extension requests, newest first, with who asked and who decided. */
export async function listExtensionsOf(db: DbOrTx, subjectType: string, subjectId: string) {
  const rows = await db
    .select()
    .from(extensionRequest)
    .where(and(eq(extensionRequest.subjectType, subjectType), eq(extensionRequest.subjectId, subjectId)))
    .orderBy(desc(extensionRequest.requestedAt), desc(extensionRequest.id));
  const names = await personNamesOfAccounts(
    db,
    rows.flatMap((r) => [r.requestedBy, r.decidedBy]),
  );
  return rows.map((r) => ({
    row: r,
    requestedByName: (r.requestedBy && names.get(r.requestedBy)) || null,
    decidedByName: (r.decidedBy && names.get(r.decidedBy)) || null,
  }));
}

export function findOpenExtension(db: DbOrTx, subjectType: string, subjectId: string) {
  return db
    .select({ id: extensionRequest.id })
    .from(extensionRequest)
    .where(
      and(
        eq(extensionRequest.subjectType, subjectType),
        eq(extensionRequest.subjectId, subjectId),
        eq(extensionRequest.status, 'requested'),
      ),
    )
    .limit(1)
    .then((r) => r[0]);
}

export function insertExtension(db: DbOrTx, values: typeof extensionRequest.$inferInsert) {
  return db
    .insert(extensionRequest)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function updateExtension(
  db: DbOrTx,
  id: string,
  values: Partial<typeof extensionRequest.$inferInsert>,
) {
  return db.update(extensionRequest).set(values).where(eq(extensionRequest.id, id));
}

export function deleteExtensionsOf(db: DbOrTx, subjectType: string, subjectId: string) {
  return db
    .delete(extensionRequest)
    .where(and(eq(extensionRequest.subjectType, subjectType), eq(extensionRequest.subjectId, subjectId)));
}

/** The subjects with a request waiting for a decision of a unit within `scope`. */
export function openSubjectsDecidedIn(db: DbOrTx, subjectType: string, scope: Scope) {
  return db
    .select({ subjectId: extensionRequest.subjectId })
    .from(extensionRequest)
    .where(
      and(
        eq(extensionRequest.subjectType, subjectType),
        eq(extensionRequest.status, 'requested'),
        scope.where(extensionRequest.deciderUnitId),
      ),
    )
    .then((r) => r.map((x) => x.subjectId));
}
