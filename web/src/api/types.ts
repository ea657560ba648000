/**
 * The API's payload types for the web app, from their one source each (issue 18): HTTP bodies from
 * the types generated from the server's OpenAPI document (packages/client, `npm run
 * generate:client`), realtime payloads from the protocol module the server declares them in
 * (src/shared/realtime-protocol.ts). Type-only: nothing of either reaches the bundle.
 */
export type {
  QueryParameters,
  RequestBody,
  ResponseBody,
  Schema,
  components,
  paths,
} from '../../../packages/client/src/index.js';
export type * from '../../../src/shared/realtime-protocol.js';
