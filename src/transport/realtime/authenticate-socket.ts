/**
 * The handshake check: `auth.token` must be an agent or customer token of a tenant this server
 * serves (an agent must still exist, be active and hold the session epoch the token carries). Anything else is refused before the connection opens, with a
 * `connect_error` whose `data` is `{ code, message }` from the error catalogue. API keys are for
 * server-to-server HTTP calls, not for realtime clients. A connection lasts no longer than its
 * token: at the token's expiry the client is told (`session.expired`) and disconnected.
 */
import { decodeJwt } from 'jose';
import type { ExtendedError } from 'socket.io';
import type { Tenants } from '../../services/tenants.js';
import { checkAgentSession } from '../auth/agent-sessions.js';
import type { TokenService } from '../auth/tokens.js';
import { errorCatalogue, type ErrorCode } from '../http/error-catalogue.js';
import { compile, HandshakeResume } from './client-schemas.js';
import type { GatewaySocket } from './session.js';

const resumeCheck = compile(HandshakeResume);

/** An error Socket.IO hands the client as `connect_error`, carrying a catalogued code. */
export function connectError(code: ErrorCode, message: string = errorCatalogue[code].message): ExtendedError {
  const error: ExtendedError = new Error(message);
  error.data = { code, message };
  return error;
}

export function socketAuthenticator(context: {
  readonly registry: Tenants;
  readonly tokens: TokenService;
}): (socket: GatewaySocket, next: (error?: ExtendedError) => void) => void {
  return (socket, next) => {
    const auth: unknown = socket.handshake.auth;
    const { token, resume } = (typeof auth === 'object' && auth !== null ? auth : {}) as Record<string, unknown>;
    if (typeof token !== 'string' || token.length === 0 || token.length > 4096) {
      next(connectError('UNAUTHENTICATED', 'Connect with `auth: { token }`: an agent or customer token.'));
      return;
    }
    if (token.startsWith('sbk_')) {
      next(connectError('FORBIDDEN', 'API keys are for server-to-server HTTP calls; connect with a token.'));
      return;
    }
    if (resume !== undefined && !resumeCheck.Check(resume)) {
      next(connectError('VALIDATION_FAILED', '`auth.resume` must be a list of { conversationId, lastSeq }.'));
      return;
    }
    void context.tokens.verify(token).then(
      (principal) => {
        const actor = principal === null ? undefined : context.registry.actor(principal.tenantId);
        if (principal === null || principal.kind === 'service' || actor === undefined) {
          next(connectError('UNAUTHENTICATED', 'The token is not valid here.'));
          return;
        }
        const session = principal.kind === 'agent' ? checkAgentSession(actor.view, principal) : null;
        if (session !== null && !session.ok) {
          next(
            session.code === 'SESSION_REVOKED'
              ? connectError('SESSION_REVOKED')
              : connectError('UNAUTHENTICATED', 'The token is not valid here.'),
          );
          return;
        }
        socket.data.principal = principal;
        const { exp } = decodeJwt(token);
        socket.data.expiresAt = exp === undefined ? null : exp * 1000;
        socket.data.resume = resume === undefined ? [] : resume;
        next();
      },
      () => {
        next(connectError('UNAUTHENTICATED', 'The token is not valid here.'));
      },
    );
  };
}
