import { MAX_FILE_BYTES } from '@zeren/contracts';
import type { FastifyRequest } from 'fastify';
import { AppError, fieldError } from '../errors';

/**
 * Reads the one multipart file field `file` of a request into memory (bounded by the
 * multipart limits), with the text fields sent before it. Too large → 413 FILE_TOO_LARGE; no
 * file → 400 on `file`.
 */
export async function readUpload(
  request: FastifyRequest,
): Promise<{ filename: string; bytes: Buffer; fields: Record<string, string> }> {
  if (!request.isMultipart()) throw fieldError('file', 'field.required');
  // Reading the body is where a client's malformed multipart (no boundary, truncated) surfaces.
  try {
    const part = await request.file();
    if (part?.fieldname !== 'file') throw fieldError('file', 'field.required');
    const bytes = await part.toBuffer();
    const fields: Record<string, string> = {};
    for (const [name, field] of Object.entries(part.fields))
      if (field && !Array.isArray(field) && field.type === 'field' && typeof field.value === 'string')
        fields[name] = field.value;
    return { filename: part.filename, bytes, fields };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('FILE_TOO_LARGE', { max: `${MAX_FILE_BYTES / 1024 / 1024} MB` });
    throw new AppError('MALFORMED_REQUEST', {
      reason: `multipart: ${String((error as Error).message).slice(0, 100)}`,
    });
  }
}
