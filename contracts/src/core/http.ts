import type { z } from 'zod';
import type { ListExport } from './list-export';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call a route: anyone (rate-limited), anyone signed in, or holders of one permission.
 * A permission route acts within the caller's data scope for that permission; the service takes
 * the permission from the route, so the two cannot disagree. `scope: 'all'` restricts the route
 * to holders of the permission with data scope `all` (what belongs to the whole city, like the
 * national working-day calendar, is not a county's to change).
 */
export type Access<P extends string = string> =
  | { public: true }
  | { signedIn: true }
  | { permission: P; scope?: 'all' };

/** A response that is not JSON: a download of the given media type. */
export interface BinaryResponse {
  binary: string;
  description: string;
}

export const binaryResponse = (mediaType: string, description: string): BinaryResponse => ({
  binary: mediaType,
  description,
});

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * One HTTP operation, shared by the server (which registers it) and the web app (whose client
 * can only pair a path with its own request and response types). The key it has in its route
 * map is its OpenAPI operationId.
 */
export interface RouteContract<P extends string = string> {
  method: HttpMethod;
  /** Fastify syntax: '/api/duty-items/:id'. */
  path: string;
  summary: string;
  tags: readonly string[];
  access: Access<P>;
  /** For a route about one record (`:id`): the record type the id names. */
  record?: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** A multipart/form-data upload with one file field `file`. */
  upload?: true;
  response: { 200: z.ZodType | BinaryResponse } | { 201: z.ZodType | BinaryResponse };
  /** Error statuses beyond those the route's kind implies (see the server's openapi.ts). */
  errors?: readonly number[];
  /** An export route of a list (`listExportRoute`): which list it walks and the sheet's columns. */
  listExport?: ListExport;
}

/** A module's route map: keys are operation ids, unique across the application. */
export type RouteMap<P extends string = string> = Record<string, RouteContract<P>>;

/** Keeps the literal types of a route map (and checks its shape). */
export const defineRoutes = <const R extends RouteMap>(routes: R): R => routes;

type Schema<C, K extends string> = C extends { [k in K]: infer S extends z.ZodType } ? S : undefined;
type SuccessOf<C> = C extends { response: { 200: infer S } }
  ? S
  : C extends { response: { 201: infer S } }
    ? S
    : never;

/** What a client sends (before the server's defaults and transforms). */
export type RouteInput<C> = (Schema<C, 'params'> extends z.ZodType
  ? { params: z.input<Schema<C, 'params'>> }
  : { params?: undefined }) &
  (Schema<C, 'query'> extends z.ZodType ? { query?: z.input<Schema<C, 'query'>> } : { query?: undefined }) &
  (Schema<C, 'body'> extends z.ZodType ? { body: z.input<Schema<C, 'body'>> } : { body?: undefined });

/** What the server's handler receives, parsed. */
export interface RouteRequestData<C> {
  params: Schema<C, 'params'> extends z.ZodType ? z.output<Schema<C, 'params'>> : Record<string, never>;
  query: Schema<C, 'query'> extends z.ZodType ? z.output<Schema<C, 'query'>> : Record<string, never>;
  body: Schema<C, 'body'> extends z.ZodType ? z.output<Schema<C, 'body'>> : undefined;
}

/** The success body: JSON as its schema says, or bytes for a download. */
export type RouteOutput<C> = SuccessOf<C> extends z.ZodType ? z.output<SuccessOf<C>> : Blob;

/** The success status of a route. */
export function successStatus(route: RouteContract): 200 | 201 {
  return '201' in route.response ? 201 : 200;
}

export function isBinary(response: z.ZodType | BinaryResponse): response is BinaryResponse {
  return typeof (response as BinaryResponse).binary === 'string';
}

/** '/api/duty-items/:id' with { id } → '/api/duty-items/…' (each value URI-encoded). */
export function fillPath(path: string, params: Record<string, string | number> = {}): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(String(value));
  });
}
