/** What every console screen may use: the signed-in agent, their live socket to routing, and sign-out. */
import { createContext, useContext } from "solid-js";
import type { Me } from "../../protocol/auth";
import type { Desk } from "./conversations/desk";
import type { AgentSocket } from "./live/agent-socket";

export interface Session {
  me: Me;
  live: AgentSocket;
  /** The conversations the agent holds open, each live. */
  desk: Desk;
  isAdmin: boolean;
  /** Reloads the agent, their site and their spaces (after a settings change). */
  refreshMe(): Promise<void>;
  signOut(): Promise<void>;
}

export const SessionContext = createContext<Session>();

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside the signed-in console");
  return session;
}
