import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import type { Scope } from '../scope';
import { fileBlob, storedFile } from './files.table';

export type StoredFileRow = typeof storedFile.$inferSelect;

export async function insertFile(db: DbOrTx, values: typeof storedFile.$inferInsert, bytes: Buffer) {
  const [row] = await db.insert(storedFile).values(values).returning();
  await db.insert(fileBlob).values({ fileId: row!.id, bytes });
  return row!;
}

export function findFile(db: DbOrTx, id: string, scope: Scope) {
  return db
    .select()
    .from(storedFile)
    .where(and(eq(storedFile.id, id), scope.where(storedFile.unitId)))
    .limit(1)
    .then((r) => r[0]);
}

export function findFiles(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select().from(storedFile).where(inArray(storedFile.id, ids));
}

export function readBytes(db: DbOrTx, id: string) {
  return db
    .select({ bytes: fileBlob.bytes })
    .from(fileBlob)
    .where(eq(fileBlob.fileId, id))
    .then((r) => r[0]?.bytes);
}

export function setOwner(db: DbOrTx, ids: string[], ownerType: string, ownerId: string) {
  return db.update(storedFile).set({ ownerType, ownerId }).where(inArray(storedFile.id, ids));
}

export function listFilesOfOwners(db: DbOrTx, ownerType: string, ownerIds: string[]) {
  if (ownerIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(storedFile)
    .where(and(eq(storedFile.ownerType, ownerType), inArray(storedFile.ownerId, ownerIds)))
    .orderBy(storedFile.createdAt);
}

export function deleteFilesOfOwners(db: DbOrTx, ownerType: string, ownerIds: string[]) {
  if (ownerIds.length === 0) return Promise.resolve();
  return db
    .delete(storedFile)
    .where(and(eq(storedFile.ownerType, ownerType), inArray(storedFile.ownerId, ownerIds)))
    .then(() => undefined);
}

/** Deletes some of the files attached to one record (the others stay). */
export function deleteOwnedFiles(db: DbOrTx, ownerType: string, ownerId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve();
  return db
    .delete(storedFile)
    .where(
      and(eq(storedFile.ownerType, ownerType), eq(storedFile.ownerId, ownerId), inArray(storedFile.id, ids)),
    )
    .then(() => undefined);
}
