import { MAX_FILE_BYTES, type Permission, type StoredFile } from '@zeren/contracts';
import { inTransaction, requireActor, type ServiceContext, type TxContext } from '../context';
import { sm3 } from '../crypto';
import { AppError, type FieldIssue, notFound } from '../errors';
import { requireTargetUnit } from '../records';
import { Scope } from '../scope';
import { claimedType, detectFileType, safeFilename } from './file-type';
import * as repo from './files.repository';
import { stripImageMetadata } from './metadata';

/**
 * Who may fetch a file attached to a record: the owning module's read permission, on the file's
 * unit. Modules register their owner types; an unattached file is visible to uploaders of its unit.
 */
const OWNER_READ_PERMISSION = new Map<string, Permission>();

/** Lets a module declare which permission reads the files attached to its records. */
export function registerFileOwner(ownerType: string, permission: Permission): void {
  OWNER_READ_PERMISSION.set(ownerType, permission);
}

export function presentFile(row: repo.StoredFileRow): StoredFile {
  return { id: row.id, filename: row.filename, mimeType: row.mimeType, size: row.size };
}

const megabytes = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** Stores an uploaded file for a unit in the caller's upload scope, after checking its type by content. */
export async function uploadFile(
  ctx: ServiceContext,
  input: { unitId: string; filename: string; bytes: Buffer },
): Promise<StoredFile> {
  const actor = requireActor(ctx);
  if (input.bytes.length > MAX_FILE_BYTES)
    throw new AppError('FILE_TOO_LARGE', { max: megabytes(MAX_FILE_BYTES) });
  const type = detectFileType(input.bytes, input.filename);
  if (!type) throw new AppError('FILE_TYPE_NOT_ALLOWED', { type: claimedType(input.filename) });
  return inTransaction(ctx, async (tx) => {
    await requireTargetUnit(tx, input.unitId, 'unitId');
    const row = await repo.insertFile(
      tx.tx,
      {
        unitId: input.unitId,
        filename: safeFilename(input.filename, type),
        mimeType: type.mimeType,
        size: input.bytes.length,
        sm3: sm3(input.bytes),
        uploadedBy: actor.userId,
        createdAt: ctx.clock.now(),
      },
      input.bytes,
    );
    const view = presentFile(row);
    await tx.audit({
      action: 'file.uploaded',
      recordType: 'stored_file',
      recordId: row.id,
      unitId: row.unitId,
      after: { ...view, sm3: row.sm3 },
    });
    return view;
  });
}

/**
 * Stores a file a member of the public sent with their report (no account: no uploader, no
 * address), attached at once to its record, after the same checks of size and type by content,
 * under a neutral name and, for images, without their metadata.
 */
export async function storeReporterFile(
  tx: TxContext,
  input: {
    unitId: string;
    filename: string;
    bytes: Buffer;
    ownerType: string;
    ownerId: string;
    /** The name it is stored under, without extension (举报材料-3). */
    neutralName: string;
  },
): Promise<StoredFile> {
  if (input.bytes.length > MAX_FILE_BYTES)
    throw new AppError('FILE_TOO_LARGE', { max: megabytes(MAX_FILE_BYTES) });
  const type = detectFileType(input.bytes, input.filename);
  if (!type) throw new AppError('FILE_TYPE_NOT_ALLOWED', { type: claimedType(input.filename) });
  // The name a reporter gave ("张三拍的.jpg") and a photo's EXIF (position, camera, time) can
  // identify them: the file is stored under a neutral name, the picture without its metadata.
  const bytes = stripImageMetadata(input.bytes, type.mimeType);
  const row = await repo.insertFile(
    tx.tx,
    {
      unitId: input.unitId,
      ownerType: input.ownerType,
      ownerId: input.ownerId,
      filename: `${input.neutralName}.${type.extensions[0]}`,
      mimeType: type.mimeType,
      size: bytes.length,
      sm3: sm3(bytes),
      uploadedBy: null,
      createdAt: tx.clock.now(),
    },
    bytes,
  );
  const view = presentFile(row);
  await tx.audit({
    action: 'file.uploaded',
    recordType: 'stored_file',
    recordId: row.id,
    unitId: row.unitId,
    after: { ...view, sm3: row.sm3 },
  });
  return view;
}

/** The bytes of a file in the caller's scope (404 otherwise); every download is audited. */
export async function downloadFile(
  ctx: ServiceContext,
  id: string,
): Promise<{ filename: string; mimeType: string; bytes: Buffer }> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    // Which permission reads the file depends on what it is attached to: look, then check.
    const found = await repo.findFile(tx.tx, id, Scope.unrestricted('permission-lookup'));
    if (!found) throw notFound();
    const permission = (found.ownerType && OWNER_READ_PERMISSION.get(found.ownerType)) || 'file.upload';
    if (!(await repo.findFile(tx.tx, id, Scope.of(actor, permission)))) throw notFound();
    const bytes = await repo.readBytes(tx.tx, id);
    if (!bytes) throw notFound();
    await tx.audit({
      action: 'file.downloaded',
      recordType: 'stored_file',
      recordId: id,
      unitId: found.unitId,
      after: { filename: found.filename, ownerType: found.ownerType, ownerId: found.ownerId },
    });
    return { filename: found.filename, mimeType: found.mimeType, bytes };
  });
}

/**
 * Attaches uploaded files to a record inside the caller's transaction. Each file must exist,
 * belong to `unitId` and not be attached yet; problems are reported on `<field>.N`.
 */
export async function attachFiles(
  tx: TxContext,
  input: { fileIds: string[]; unitId: string; ownerType: string; ownerId: string; field?: string },
): Promise<StoredFile[]> {
  const ids = [...new Set(input.fileIds)];
  if (ids.length === 0) return [];
  const rows = new Map((await repo.findFiles(tx.tx, ids)).map((r) => [r.id, r]));
  const field = input.field ?? 'fileIds';
  const issues: FieldIssue[] = input.fileIds.flatMap((id, i) => {
    const row = rows.get(id);
    if (!row || row.unitId !== input.unitId) return [{ path: `${field}.${i}`, key: 'field.not_found' }];
    if (row.ownerType !== null) return [{ path: `${field}.${i}`, key: 'field.taken' }];
    return [];
  });
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', {}, issues);
  await repo.setOwner(tx.tx, ids, input.ownerType, input.ownerId);
  return ids.map((id) => presentFile(rows.get(id)!));
}

/** Files attached to records of one owner type, grouped by owner id. */
export async function filesOfOwners(
  db: ServiceContext['db'] | TxContext['tx'],
  ownerType: string,
  ownerIds: string[],
): Promise<Map<string, StoredFile[]>> {
  const out = new Map<string, StoredFile[]>();
  for (const row of await repo.listFilesOfOwners(db, ownerType, ownerIds)) {
    const list = out.get(row.ownerId!) ?? [];
    list.push(presentFile(row));
    out.set(row.ownerId!, list);
  }
  return out;
}

/** Deletes the files attached to records that are being deleted (inside the caller's transaction). */
export function deleteFilesOfOwners(tx: TxContext, ownerType: string, ownerIds: string[]): Promise<void> {
  return repo.deleteFilesOfOwners(tx.tx, ownerType, ownerIds);
}

/**
 * Makes a record's attachments exactly `fileIds`, in the caller's transaction: files no longer
 * listed are deleted, new ones attached (checked like attachFiles). Answers the ids kept and added.
 */
export async function replaceAttachments(
  tx: TxContext,
  input: { fileIds: string[]; unitId: string; ownerType: string; ownerId: string; field?: string },
): Promise<{ before: string[]; after: string[] }> {
  const before = (
    (await filesOfOwners(tx.tx, input.ownerType, [input.ownerId])).get(input.ownerId) ?? []
  ).map((f) => f.id);
  const kept = before.filter((id) => input.fileIds.includes(id));
  await repo.deleteOwnedFiles(
    tx.tx,
    input.ownerType,
    input.ownerId,
    before.filter((id) => !kept.includes(id)),
  );
  const added = await attachFiles(tx, {
    ...input,
    fileIds: input.fileIds.filter((id) => !before.includes(id)),
  });
  return { before, after: [...kept, ...added.map((f) => f.id)] };
}
