import { z } from 'zod';
import { idSchema } from './common';

/** The largest file accepted (evidence, attachments, Excel imports): 20 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** What the server answers for an uploaded file; the bytes are fetched from GET /api/files/:id. */
export const storedFileSchema = z.object({
  id: idSchema,
  filename: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
});
export type StoredFile = z.infer<typeof storedFileSchema>;

export const fileUploadQuerySchema = z.object({ unitId: idSchema }).strict();
