/**
 * Who is at the other end of a socket, as the Worker has authenticated them. Actors are reachable only
 * through the Worker, so this header is trusted; the Worker never forwards a client's own headers.
 */
export const PARTY_HEADER = "x-parley-party";

export type Party =
  | { kind: "customer"; siteId: string; experienceId: string; customerId: string; origin: string | null; ownOrigin: string }
  | {
      kind: "agent";
      siteId: string;
      agentId: string;
      name: string;
      isAdmin: boolean;
      spaceIds: string[];
      /** When the agent's session ends: the socket closes then. */
      sessionExpiresAt: number;
    };
