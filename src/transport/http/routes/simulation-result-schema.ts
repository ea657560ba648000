/** The OpenAPI shape of a simulation's figures (src/sim/simulation-result.ts). */
import { Type } from '@sinclair/typebox';

const Share = Type.Number({ minimum: 0 });
const queueFigures = {
  arrivals: Type.Integer(),
  served: Type.Integer(),
  abandoned: Type.Integer(),
  pWait: Share,
  asaSeconds: Type.Number(),
  serviceLevel: Share,
  abandonRate: Share,
};

export const SimulationResultSchema = Type.Object({
  name: Type.Union([Type.String(), Type.Null()]),
  seed: Type.Integer(),
  serviceLevelSeconds: Type.Number(),
  ...queueFigures,
  occupancy: Share,
  standardErrors: Type.Object({ pWait: Share, asaSeconds: Share, serviceLevel: Share, abandonRate: Share }),
  waitDistribution: Type.Array(Type.Object({ seconds: Type.Number(), share: Share })),
  groups: Type.Array(
    Type.Object({ id: Type.String(), ...queueFigures, overflowShare: Share, transfersOut: Type.Integer() }),
  ),
  agents: Type.Object({
    count: Type.Integer(),
    utilisationMean: Share,
    utilisationCv: Share,
    handledCv: Share,
    strongestGroupShare: Share,
    meanAbility: Type.Number(),
    usage: Type.Array(Type.Object({ agentId: Type.String(), utilisation: Share, handled: Type.Integer() })),
  }),
  transfers: Type.Object({
    requested: Type.Integer(),
    accepted: Type.Integer(),
    returnedToQueue: Type.Integer(),
    refused: Type.Integer(),
    meanWaitSeconds: Type.Number(),
  }),
  simulatedSeconds: Type.Number(),
  engine: Type.Object({ commands: Type.Integer(), events: Type.Integer() }),
});
