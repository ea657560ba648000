/**
 * The error bodies of the OpenAPI document, declared once as shared schemas (`app.addSchema`) and
 * referenced by every route (`$ref`), so the document carries each list of codes once rather than
 * once per route and status (DESIGN.md §8). `ErrorBody` lists every code of the catalogue;
 * `Error400`, `Error401`, … list the codes the catalogue gives that status, so each documented
 * response says exactly which codes it can carry and client generators get a union per status.
 */
import { STATUS_CODES } from 'node:http';
import { Type, type Static, type TSchema, type TUnsafe } from '@sinclair/typebox';
import { errorCatalogue, type ErrorCode } from './error-catalogue.js';

/** The statuses an authenticated route may answer with an error from the catalogue. */
export const documentedErrorStatuses = [400, 401, 403, 404, 409, 413, 415, 422, 429] as const;
/** One of `documentedErrorStatuses`. */
export type DocumentedErrorStatus = (typeof documentedErrorStatuses)[number];

/** The catalogue's codes with status `S`. */
export type ErrorCodeWithStatus<S extends number> = {
  [C in ErrorCode]: (typeof errorCatalogue)[C]['status'] extends S ? C : never;
}[ErrorCode];

/** The codes the catalogue gives `status`, in catalogue order. */
export function codesWithStatus(status: number): ErrorCode[] {
  return (Object.keys(errorCatalogue) as ErrorCode[]).filter((code) => errorCatalogue[code].status === status);
}

const errorObject = (codes: readonly ErrorCode[], $id: string, description: string) =>
  Type.Object(
    {
      error: Type.Object({
        // A plain string enum rather than a union of literals: one line per code in the document.
        code: Type.Unsafe<ErrorCode>({ type: 'string', enum: [...codes] }),
        message: Type.String(),
      }),
    },
    { $id, description },
  );

/** The shared component name of the error body for `status`. */
export const errorSchemaId = (status: DocumentedErrorStatus): string => `Error${status}`;

/** Every error: a stable code from the catalogue and a message. */
export const ErrorBody = errorObject(
  Object.keys(errorCatalogue) as ErrorCode[],
  'ErrorBody',
  'Every error: a stable code from the catalogue and a message.',
);

/** The shared schemas to register with `app.addSchema` before any route. */
export const errorSchemas: readonly TSchema[] = [
  ErrorBody,
  ...documentedErrorStatuses.map((status) => {
    const codes = codesWithStatus(status);
    // The description doubles as each response's description: kept short, the codes are in the enum.
    return errorObject(
      codes,
      errorSchemaId(status),
      `${STATUS_CODES[status] ?? 'Error'}: \`error.code\` is one of the catalogue's codes with this status.`,
    );
  }),
];

/** Any error body the API sends. */
export type ErrorBodyType = Static<typeof ErrorBody>;

/** The body of an error with status `S`, typed for replies. */
export interface ErrorBodyWithStatus<S extends number> {
  readonly error: { readonly code: ErrorCodeWithStatus<S>; readonly message: string };
}

/** A reference to the shared error body of `status`, for a route's `response`. */
export function errorResponse<S extends DocumentedErrorStatus>(status: S): TUnsafe<ErrorBodyWithStatus<S>> {
  return Type.Unsafe<ErrorBodyWithStatus<S>>({ $ref: `${errorSchemaId(status)}#` });
}

/** The error responses of a route that can only fail with `statuses`. */
export function errorResponses<const S extends readonly DocumentedErrorStatus[]>(
  ...statuses: S
): { [K in S[number]]: TUnsafe<ErrorBodyWithStatus<K>> } {
  const responses: Partial<Record<DocumentedErrorStatus, TSchema>> = {};
  for (const status of statuses) responses[status] = errorResponse(status);
  return responses as { [K in S[number]]: TUnsafe<ErrorBodyWithStatus<K>> };
}

/** The error responses every authenticated route may give. */
export const commonErrors = errorResponses(...documentedErrorStatuses);

interface ResponseObject {
  readonly $ref?: string;
  readonly content?: Readonly<Record<string, { readonly schema?: { readonly $ref?: string } }>>;
}
/** The part of an OpenAPI document `shareErrorResponses` reads and writes. */
interface OpenApiLike {
  components?: { responses?: Record<string, unknown> } & Record<string, unknown>;
  paths?: Record<string, Record<string, unknown> | undefined>;
}

/**
 * Replaces each route's error response by a reference to one shared response per status
 * (`#/components/responses/Error404`), which points at the shared body (`Error404`). The routes
 * still list the statuses they document; the description and the body are written once. Errors are
 * always JSON, so a route that also produces CSV shares the JSON-only response.
 */
export function shareErrorResponses<D extends object>(openapiObject: D): D {
  // The generated document, whichever OpenAPI 3.x typing it carries: only these parts are touched.
  const document = openapiObject as OpenApiLike;
  const responses: Record<string, unknown> = { ...document.components?.responses };
  for (const status of documentedErrorStatuses) {
    const id = errorSchemaId(status);
    responses[id] = {
      description: errorSchemas.find((schema) => schema.$id === id)?.description ?? String(status),
      content: { 'application/json': { schema: { $ref: `#/components/schemas/${id}` } } },
    };
  }
  document.components = { ...document.components, responses };
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(pathItem ?? {})) {
      if (typeof operation !== 'object' || operation === null || !('responses' in operation)) continue;
      const routeResponses = operation.responses as Record<string, ResponseObject>;
      for (const [status, response] of Object.entries(routeResponses)) {
        const id = `Error${status}`;
        const bodies = Object.values(response.content ?? {});
        // Only a response that is exactly the shared body of its status is replaced.
        const shared = bodies.length > 0 && bodies.every((body) => body.schema?.$ref === `#/components/schemas/${id}`);
        if (shared && id in responses) routeResponses[status] = { $ref: `#/components/responses/${id}` };
      }
    }
  }
  return openapiObject;
}
