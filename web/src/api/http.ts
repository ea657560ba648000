/**
 * The HTTP API from the browser: JSON in and out, the session's bearer token, and the API's error
 * body turned into an `ApiFailure` carrying its stable code, so pages can show a translated message.
 */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

let bearer: string | null = null;

/** Sets the token sent with every call (null after sign-out). */
export function setBearer(token: string | null): void {
  bearer = token;
}

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly body?: unknown;
  readonly query?: Record<string, string | number | boolean | undefined>;
  /** Overrides the session's token (the widget uses the customer's). */
  readonly token?: string | null;
  readonly signal?: AbortSignal;
}

function url(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) params.set(key, String(value));
  const search = params.toString();
  return `/api/v1${path}${search === '' ? '' : `?${search}`}`;
}

/** The API's `{ error: { code, message } }` body as an `ApiFailure` (a body that is not one: INTERNAL). */
function failureOf(response: Response, text: string): ApiFailure {
  let error: { code?: string; message?: string } | undefined;
  try {
    error = (JSON.parse(text) as { error?: { code?: string; message?: string } } | null)?.error;
  } catch {
    error = undefined;
  }
  return new ApiFailure(response.status, error?.code ?? 'INTERNAL', error?.message ?? response.statusText);
}

/** Calls `/api/v1{path}`; resolves with the parsed body, rejects with `ApiFailure`. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const token = options.token === undefined ? bearer : options.token;
  const headers: Record<string, string> = {};
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url(path, options.query), {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    body: options.body === undefined ? null : JSON.stringify(options.body),
    signal: options.signal ?? null,
  });
  const text = await response.text();
  if (!response.ok) throw failureOf(response, text);
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

/**
 * Fetches a body as bytes (CSV exports) with the session's token. Bytes, not text: decoding as
 * text drops the UTF-8 byte-order mark that Excel needs to read the file as UTF-8.
 */
export async function apiBlob(path: string, options: RequestOptions = {}): Promise<Blob> {
  const headers: Record<string, string> = {};
  const token = options.token === undefined ? bearer : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url(path, options.query), { headers });
  if (!response.ok) throw failureOf(response, await response.text());
  return response.blob();
}
