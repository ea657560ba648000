/**
 * The attachment a timeline entry carries (issue 17): the one declaration in the shared realtime
 * protocol module, re-exported here for the web app's components and for tests compiled without the
 * DOM library.
 */
export type { AttachmentView } from '../../../src/shared/realtime-protocol.js';
