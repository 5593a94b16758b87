import { baseHeaders, type QueryParams, toApiError, toQueryString } from './api';

/**
 * Sends one file as multipart `file` (plus optional text fields), the way `api()` sends JSON:
 * same-origin cookies, the caller's language, failures as ApiError with the problem body.
 */
export async function upload<T>(
  path: string,
  file: Blob,
  options: {
    query?: QueryParams;
    fields?: Record<string, string>;
    filename?: string;
    signal?: AbortSignal;
  } = {},
): Promise<T> {
  const form = new FormData();
  for (const [name, value] of Object.entries(options.fields ?? {})) form.append(name, value);
  form.append('file', file, options.filename ?? (file instanceof File ? file.name : 'upload'));
  const response = await fetch(`${path}${toQueryString(options.query)}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: baseHeaders(),
    body: form,
    signal: options.signal ?? null,
  });
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}

/** `attachment; filename*=UTF-8''%E6…` or `filename="a.xlsx"` → the name to save under. */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain?.[1]?.trim() || fallback;
}

/**
 * Downloads a file the server generates (an Excel template or export) and hands it to the
 * browser's save dialog; a failure throws ApiError instead of leaving the page.
 */
export async function download(
  path: string,
  query: QueryParams = {},
  fallbackName = 'download',
): Promise<void> {
  const response = await fetch(`${path}${toQueryString(query)}`, {
    credentials: 'same-origin',
    headers: { ...baseHeaders(), Accept: '*/*' },
  });
  if (!response.ok) throw await toApiError(response);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filenameFromDisposition(response.headers.get('Content-Disposition'), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
