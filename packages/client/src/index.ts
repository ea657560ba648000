/**
 * @switchboard/client: Switchboard's HTTP API with types generated from its OpenAPI document
 * (`schema.ts`, by openapi-typescript) and calls made by openapi-fetch. Every path, parameter, body
 * and answer is typed; an error answer is the catalogue's `{ error: { code, message } }`.
 *
 *     const client = createSwitchboardClient({ baseUrl: 'http://localhost:3000', token });
 *     const { data, error } = await client.GET('/api/v1/conversations', { params: { query: { status: 'queued' } } });
 */
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, paths } from './schema.js';

/** The HTTP methods the API uses. */
export type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';

/** A path of the API that answers `method`. */
export type PathWith<M extends Method> = {
  [P in keyof paths]: paths[P][M] extends undefined ? never : P;
}[keyof paths];

type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type JsonContent<T> = T extends { readonly content: { readonly 'application/json': infer Body } } ? Body : never;
type Success = 200 | 201 | 202 | 204;

/** The JSON body a successful call answers, e.g. `ResponseBody<'/api/v1/agents'>['items'][number]`. */
export type ResponseBody<P extends keyof paths, M extends Method = 'get'> =
  Operation<P, M> extends { readonly responses: infer Responses }
    ? JsonContent<Responses[Extract<keyof Responses, Success>]>
    : never;

/** The JSON body a call takes. */
export type RequestBody<P extends keyof paths, M extends Method = 'post'> =
  Operation<P, M> extends { readonly requestBody?: infer Body } ? JsonContent<NonNullable<Body>> : never;

/** The query string a call takes. */
export type QueryParameters<P extends keyof paths, M extends Method = 'get'> =
  Operation<P, M> extends { readonly parameters: { readonly query?: infer Query } } ? NonNullable<Query> : never;

/**
 * `T` read-only all the way down (arrays become `readonly` arrays): for code that keeps answers
 * around and passes them back, as the web app does. The generated types themselves are mutable,
 * because openapi-fetch's answer types do not carry `readonly` arrays through.
 */
export type Immutable<T> = T extends readonly (infer Item)[]
  ? readonly Immutable<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: Immutable<T[Key]> }
    : T;

/** A shared schema of the document (`#/components/schemas/Name`). */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** Every error answer's body: `{ error: { code, message } }`, the code from the server's catalogue. */
export type ErrorBody = components['schemas']['ErrorBody'];

export interface SwitchboardClientOptions {
  /** The server's origin, e.g. `https://switchboard.example.com` (paths start with `/api/v1`). */
  readonly baseUrl: string;
  /**
   * An agent or customer token (from `POST /api/v1/auth/login` or `/api/v1/widget/session`) or a
   * tenant API key (`sbk_…`), sent as `Authorization: Bearer`; a function is asked before each call
   * (a token that changes); absent or null: no header.
   */
  readonly token?: string | null | (() => string | null | undefined);
  /** Another fetch (tests, proxies); default the global one. */
  readonly fetch?: (request: Request) => Promise<Response>;
  /** Headers sent with every call. */
  readonly headers?: Readonly<Record<string, string>>;
}

export type SwitchboardClient = Client<paths>;

/** An openapi-fetch client for the Switchboard API, sending the token with every call. */
export function createSwitchboardClient(options: SwitchboardClientOptions): SwitchboardClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    ...(options.headers === undefined ? {} : { headers: { ...options.headers } }),
  });
  const { token } = options;
  if (token !== undefined && token !== null) {
    client.use({
      onRequest({ request }) {
        const value = typeof token === 'function' ? token() : token;
        if (value !== undefined && value !== null) request.headers.set('authorization', `Bearer ${value}`);
        return request;
      },
    });
  }
  return client;
}
