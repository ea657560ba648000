/**
 * The API's payload types for the web app, from their one source each (issue 18): HTTP bodies from
 * the types generated from the server's OpenAPI document (packages/client, `npm run
 * generate:client`), read-only all the way down as the pages keep them; realtime payloads from the
 * protocol module the server declares them in (src/shared/realtime-protocol.ts). Type-only:
 * nothing of either reaches the bundle.
 */
import type * as Client from '../../../packages/client/src/index.js';

export type { components, Immutable, paths } from '../../../packages/client/src/index.js';
export type * from '../../../src/shared/realtime-protocol.js';

type Path = keyof Client.paths;

/** The JSON body a successful call answers, e.g. `ResponseBody<'/api/v1/agents'>['items'][number]`. */
export type ResponseBody<P extends Path, M extends Client.Method = 'get'> = Client.Immutable<Client.ResponseBody<P, M>>;

/** The JSON body a call takes. */
export type RequestBody<P extends Path, M extends Client.Method = 'post'> = Client.Immutable<Client.RequestBody<P, M>>;

/** The query string a call takes. */
export type QueryParameters<P extends Path, M extends Client.Method = 'get'> = Client.Immutable<
  Client.QueryParameters<P, M>
>;

/** A shared schema of the document (`#/components/schemas/Name`). */
export type Schema<Name extends keyof Client.components['schemas']> = Client.Immutable<Client.Schema<Name>>;
