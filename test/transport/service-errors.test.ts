/**
 * Errors from below the transports map to stable catalogue codes: a store that cannot take an append
 * is `503 STORE_UNAVAILABLE`, a tenant with no owner within the forwarding wait (or a node that
 * stopped owning it) `503 TENANT_UNAVAILABLE`, anything else `500 INTERNAL`.
 */
import { describe, expect, it } from 'vitest';
import { markStoreFailure, NotOwnerError } from '../../src/engine/actor-errors.js';
import { TenantUnavailableError } from '../../src/services/tenants.js';
import { ApiError, errorCatalogue, toCatalogueError } from '../../src/transport/http/error-catalogue.js';

describe('service errors in the catalogue', () => {
  it('maps store failures, unavailable tenants and the rest', () => {
    const storeDown = new Error('connect ECONNREFUSED 127.0.0.1:5432');
    markStoreFailure(storeDown);
    expect(toCatalogueError(storeDown)).toMatchObject({ code: 'STORE_UNAVAILABLE', status: 503 });
    expect(toCatalogueError(new TenantUnavailableError('acme', 'moving'))).toMatchObject({
      code: 'TENANT_UNAVAILABLE',
      status: 503,
    });
    expect(toCatalogueError(new NotOwnerError('acme')).code).toBe('TENANT_UNAVAILABLE');
    expect(toCatalogueError(new Error('connect ECONNREFUSED')).code).toBe('INTERNAL');
    const own = new ApiError('OVERLOADED');
    expect(toCatalogueError(own)).toBe(own);
    expect(errorCatalogue.STORE_UNAVAILABLE.message).toBe('The database cannot be reached; retry in a moment.');
    expect(errorCatalogue.TENANT_UNAVAILABLE.message).toBe('This tenant is moving between servers; retry in a moment.');
  });
});
