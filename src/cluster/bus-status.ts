/**
 * Whether this process's bus of a node is connected, by node id: how `/readyz` and the metrics learn
 * the Redis state of a node whose registry does not expose its bus. The Redis bus notes itself here
 * when built and removes itself when closed; several in-process nodes (tests) have distinct ids.
 */
const buses = new Map<string, { readonly connected: boolean }>();

/** Records the bus of `nodeId` (replacing any before); the returned function forgets it. */
export function noteBus(nodeId: string, bus: { readonly connected: boolean }): () => void {
  buses.set(nodeId, bus);
  return () => {
    if (buses.get(nodeId) === bus) buses.delete(nodeId);
  };
}

/** Whether the bus of `nodeId` in this process is connected; false when there is none. */
export const busConnected = (nodeId: string): boolean => buses.get(nodeId)?.connected ?? false;
