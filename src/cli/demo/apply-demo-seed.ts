/**
 * Runs the demo seed against the demo tenant's actor: hashes the passwords still missing, makes a
 * widget secret if the tenant has none, and submits `demoSeed`'s commands one by one, stopping at
 * the first refusal.
 */
import { randomBytes } from 'node:crypto';
import type { TenantHandle } from '../../services/tenants.js';
import { hashPassword } from '../../transport/auth/passwords.js';
import { demoNeeds, demoSeed } from './demo-seed.js';

/** Completes the demo tenant held by `actor` and returns how many commands that took (0: complete). */
export async function applyDemoSeed(actor: TenantHandle): Promise<number> {
  const needs = demoNeeds(actor.view);
  const hashes = await Promise.all(
    needs.passwords.map(async (login) => [login.agentId, await hashPassword(login.password)] as const),
  );
  const commands = demoSeed(actor.view, {
    passwordHashes: new Map(hashes),
    widgetSecret: needs.widgetSecret ? randomBytes(32).toString('base64url') : null,
  });
  for (const command of commands) {
    const result = await actor.submit(command);
    if (!result.ok) throw new Error(`demo seed: ${command.type} refused: ${result.error.message}`);
  }
  return commands.length;
}
