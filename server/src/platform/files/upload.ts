import { MAX_FILE_BYTES } from '@zeren/contracts';
import type { FastifyRequest } from 'fastify';
import { AppError, fieldError } from '../errors';

/**
 * Reads the one multipart file field `file` of a request into memory (bounded by the
 * multipart limits). Too large → 413 FILE_TOO_LARGE; no file → 400 on `file`.
 */
export async function readUpload(request: FastifyRequest): Promise<{ filename: string; bytes: Buffer }> {
  if (!request.isMultipart()) throw fieldError('file', 'field.required');
  // Reading the body is where a client's malformed multipart (no boundary, truncated) surfaces.
  try {
    const part = await request.file();
    if (part?.fieldname !== 'file') throw fieldError('file', 'field.required');
    const bytes = await part.toBuffer();
    return { filename: part.filename, bytes };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('FILE_TOO_LARGE', { max: `${MAX_FILE_BYTES / 1024 / 1024} MB` });
    throw new AppError('MALFORMED_REQUEST', {
      reason: `multipart: ${String((error as Error).message).slice(0, 100)}`,
    });
  }
}
