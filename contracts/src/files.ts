import { z } from 'zod';
import { auditEvent, auditField } from './core/audit';
import { idParamsSchema, idSchema } from './core/common';
import { binaryResponse, defineRoutes } from './core/http';
import { defineModuleContract } from './core/module';

/** The largest file accepted (evidence, attachments, Excel imports): 20 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** What the server answers for an uploaded file; the bytes are fetched from GET /api/files/:id. */
export const storedFileSchema = z
  .object({
    id: idSchema,
    filename: z.string(),
    mimeType: z.string(),
    size: z.number().int(),
  })
  .meta({ id: 'StoredFile' });
export type StoredFile = z.infer<typeof storedFileSchema>;

export const fileUploadQuerySchema = z.object({ unitId: idSchema }).strict();

/** The multipart body of an upload, for the API description: one file field `file`. */
export const multipartFileBody = z.object({ file: z.string().meta({ format: 'binary' }) });

/** Evidence files and attachments: uploaded by a unit, attached to a record, read with that record. */
export const filesContract = defineModuleContract({
  name: 'files',
  permissions: ['file.upload'],
  grants: {
    campaign_admin: ['file.upload'],
    unit_staff: ['file.upload'],
    unit_leader: ['file.upload'],
    // Supervisors attach interview records and evidence to the leads and cases they handle.
    supervisor: ['file.upload'],
  },
  records: { stored_file: { readPermission: 'file.upload' } },
  auditEvents: [
    auditEvent('file.uploaded', 'stored_file', {
      after: z
        .object({
          id: z.string(),
          filename: z.string(),
          mimeType: z.string(),
          size: z.number().int(),
          sm3: z.string(),
        })
        .strict(),
    }),
    auditEvent('file.downloaded', 'stored_file', {
      after: z.object({ filename: z.string(), ownerType: auditField.text, ownerId: auditField.id }).strict(),
    }),
  ],
  errors: {},
  routes: defineRoutes({
    uploadFile: {
      method: 'POST',
      path: '/api/files',
      tags: ['files'],
      summary: 'Upload a file (multipart field `file`; pdf, images, office documents, txt; ≤ 20 MB)',
      access: { permission: 'file.upload' },
      query: fileUploadQuerySchema,
      upload: true,
      body: multipartFileBody,
      response: { 201: storedFileSchema },
    },
    downloadFile: {
      method: 'GET',
      path: '/api/files/:id',
      tags: ['files'],
      summary: "A file's bytes, as an attachment (scope of the record it belongs to; audited)",
      access: { signedIn: true },
      record: 'stored_file',
      params: idParamsSchema,
      response: { 200: binaryResponse('application/octet-stream', 'The file, with its stored Content-Type') },
    },
  }),
});
