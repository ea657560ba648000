/** One way to tell the supervisor an action failed: the catalogue code and the server's message. */
import { ApiFailure } from '../../api/http.js';
import { RealtimeFailure } from '../../api/realtime.js';

export function failureText(failure: unknown): string {
  if (failure instanceof ApiFailure || failure instanceof RealtimeFailure) return `${failure.code}: ${failure.message}`;
  return failure instanceof Error ? failure.message : String(failure);
}
