/** Every route module, registered in one place. */
import type { HttpContext } from '../context.js';
import { accessRoutes } from './access.js';
import { agentLifecycleRoutes } from './agent-lifecycle.js';
import { agentRoutes } from './agents.js';
import type { App } from './app-type.js';
import { auditRoutes } from './audit.js';
import { authRoutes } from './auth.js';
import { conversationWorkRoutes } from './conversation-work.js';
import { conversationRoutes } from './conversations.js';
import { customerRoutes } from './customers.js';
import { directoryRoutes } from './directory.js';
import { directoryRemovalRoutes } from './directory-removal.js';
import { healthRoutes } from './health.js';
import { quickReplyRoutes } from './quick-replies.js';
import { routingExplanationRoutes } from './routing-explanation.js';
import { reportRoutes } from './reports.js';
import { routingRuleRoutes } from './routing-rules.js';
import { searchRoutes } from './search.js';
import { simulationRoutes } from './simulations.js';
import { supervisionRoutes } from './supervision.js';
import { tenantRoutes } from './tenants.js';
import { transferRoutes } from './transfers.js';
import { wallboardRoutes } from './wallboard.js';

export function registerRoutes(app: App, context: HttpContext): Promise<void> {
  healthRoutes(app, context);
  authRoutes(app, context);
  tenantRoutes(app, context);
  accessRoutes(app, context);
  directoryRoutes(app, context);
  directoryRemovalRoutes(app, context);
  agentRoutes(app, context);
  agentLifecycleRoutes(app, context);
  quickReplyRoutes(app, context);
  routingRuleRoutes(app, context);
  customerRoutes(app, context);
  conversationRoutes(app, context);
  searchRoutes(app, context);
  conversationWorkRoutes(app, context);
  supervisionRoutes(app, context);
  wallboardRoutes(app, context);
  routingExplanationRoutes(app, context);
  transferRoutes(app, context);
  auditRoutes(app, context);
  simulationRoutes(app, context);
  reportRoutes(app, context);
  return Promise.resolve();
}
