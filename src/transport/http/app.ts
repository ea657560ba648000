/**
 * The HTTP API (DESIGN.md §8): Fastify with TypeBox schemas declared once for validation, types and
 * the OpenAPI document (`/openapi.json`, browsable at `/docs`); one error catalogue; security
 * headers, CORS for the widget's origins, body and rate limits. Every route works inside the
 * caller's tenant — taken from the token or API key, never from the URL — so another tenant's ids
 * are simply not found.
 */
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { trustFunction } from '../client-address.js';
import { answerClientError } from './client-errors.js';
import { authenticateRequest, type HttpContext } from './context.js';
import { ApiError, errorCatalogue, toCatalogueError, type ErrorCode } from './error-catalogue.js';
import { errorSchemas, shareErrorResponses } from './error-schemas.js';
import { registerRoutes } from './routes/index.js';
import { registerSecurityHeaders } from './security-headers.js';
import { ConversationSchema } from './views.js';
import { isAppPath, registerWebApp } from './web-app.js';

export interface HttpOptions {
  /** Largest accepted body in bytes. */
  readonly bodyLimit: number;
  /** Origins allowed to call the API from a browser (the widget's hosts); `*` allows any. */
  readonly corsOrigins: readonly string[];
  /** Requests per minute per client before 429. */
  readonly rateLimitPerMinute: number;
  /** Pino logger options, or false for none. */
  readonly logger: boolean | { readonly level: string };
  /** The built web app to serve (`dist/web`), or null to serve the API only. */
  readonly webRoot: string | null;
  /**
   * Which proxies' `X-Forwarded-*` headers to believe (Fastify's `trustProxy`): false, true, a hop
   * count or the proxies' addresses/CIDR ranges. The rate limit keys on the client address it yields.
   */
  readonly trustProxy: boolean | number | readonly string[];
}

export const defaultHttpOptions: HttpOptions = {
  bodyLimit: 256 * 1024,
  corsOrigins: ['*'],
  rateLimitPerMinute: 1200,
  logger: false,
  webRoot: null,
  trustProxy: false,
};

const body = (code: ErrorCode, message?: string): { error: { code: ErrorCode; message: string } } => ({
  error: { code, message: message ?? errorCatalogue[code].message },
});

/** Maps any error to the catalogue: our own, Fastify's (validation, limits, parsing) or unexpected. */
function toApiError(error: FastifyError | ApiError | Error): ApiError {
  if (error instanceof ApiError) return error;
  const fastifyError = error as FastifyError;
  if (fastifyError.validation !== undefined) return new ApiError('VALIDATION_FAILED', error.message);
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError('PAYLOAD_TOO_LARGE');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError('UNSUPPORTED_MEDIA_TYPE');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError('MALFORMED_JSON');
    case 'FST_ERR_BAD_URL':
      return new ApiError('VALIDATION_FAILED', 'The URL is not validly encoded.');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new ApiError('VALIDATION_FAILED', 'A path parameter is longer than any id.');
    default:
      break;
  }
  if (fastifyError.statusCode === 429) return new ApiError('RATE_LIMITED');
  if (error instanceof SyntaxError) return new ApiError('MALFORMED_JSON');
  if (fastifyError.statusCode !== undefined && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return new ApiError('VALIDATION_FAILED', error.message);
  }
  return toCatalogueError(error);
}

/** Errors the router raises before any route or error handler runs get the catalogue's shape too. */
function frameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const apiError = toApiError(error);
  void reply.status(apiError.status).send(body(apiError.code, apiError.message));
}

export async function buildHttpApp(
  context: HttpContext,
  options: HttpOptions = defaultHttpOptions,
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === false ? false : { level: options.logger === true ? 'info' : options.logger.level },
    bodyLimit: options.bodyLimit,
    // Longer than any id (128 characters), so the router never refuses a valid one.
    routerOptions: { maxParamLength: 512 },
    frameworkErrors: frameworkError,
    clientErrorHandler: answerClientError,
    trustProxy: trustFunction(options.trustProxy),
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Routes refer to the error bodies and the conversation by `$ref`; the document lists each once under components.
  for (const schema of [...errorSchemas, ConversationSchema]) app.addSchema(schema);
  await registerSecurityHeaders(app, options.corsOrigins);
  await app.register(cors, { origin: options.corsOrigins.includes('*') ? true : [...options.corsOrigins] });
  await app.register(rateLimit, {
    max: options.rateLimitPerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: () => new ApiError('RATE_LIMITED'),
  });
  await app.register(swagger, {
    // Shared schemas keep their $id as their component name (`#/components/schemas/ErrorBody`).
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
    // One shared response per error status instead of one copy per route (`#/components/responses`).
    transformObject: (document) =>
      'openapiObject' in document ? shareErrorResponses(document.openapiObject) : document.swaggerObject,
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Switchboard API',
        version: '1',
        description:
          'Conversation routing and transfer. Errors: `{ "error": { "code", "message" } }` with codes from the catalogue.',
      },
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description: 'Agent or customer token, or a tenant API key (sbk_…)',
          },
        },
      },
      security: [{ bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  app.decorateRequest('principal', null);
  app.decorateRequest('sessionRevoked', false);
  app.addHook('onRequest', async (request) => {
    const { principal, revoked } = await authenticateRequest(context, request);
    request.principal = principal;
    request.sessionRevoked = revoked;
  });
  // A POST without a body means "no options": validate it as an empty object.
  app.addHook('preValidation', (request, _reply, done) => {
    if (request.body === undefined && request.method !== 'GET' && request.method !== 'HEAD') request.body = {};
    done();
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const apiError = toApiError(error);
    if (apiError.status >= 500) request.log.error({ err: error }, 'request failed');
    void reply.status(apiError.status).send(body(apiError.code, apiError.message));
  });
  const servesWebApp = options.webRoot !== null && (await registerWebApp(app, options.webRoot));
  app.setNotFoundHandler((request, reply) => {
    if (servesWebApp && isAppPath(request.method, request.url)) {
      void reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
      return;
    }
    void reply.status(404).send(body('NOT_FOUND'));
  });

  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
  await registerRoutes(app, context);
  return app;
}

export type HttpApp = Awaited<ReturnType<typeof buildHttpApp>>;
