/**
 * The space's agents as their actors report them (availability, connection, load across spaces), with
 * the queries a routing decision needs: the best eligible agent, and why each agent was or was not.
 */
import type { RoutingDecision, SkipReason } from "../../protocol/console";
import type { AgentSnapshot } from "../contracts";

export interface AgentRow {
  agentId: string;
  name: string;
  load: number;
}

export type KnownAgent = AgentSnapshot & { lastAt: number };

export class Agents {
  constructor(private readonly sql: SqlStorage) {
    sql.exec(`CREATE TABLE IF NOT EXISTS agents (
      agent_id TEXT PRIMARY KEY, name TEXT NOT NULL, available INTEGER NOT NULL, connected INTEGER NOT NULL,
      load INTEGER NOT NULL, last_at INTEGER NOT NULL DEFAULT 0, version INTEGER NOT NULL)`);
    sql.exec(`CREATE INDEX IF NOT EXISTS agents_pick ON agents (available, connected, load, last_at)`);
  }

  get(agentId: string): KnownAgent | null {
    const r = this.sql
      .exec<{ agent_id: string; name: string; available: number; connected: number; load: number; last_at: number; version: number }>(`SELECT * FROM agents WHERE agent_id = ?`, agentId)
      .toArray()[0];
    return r ? { agentId: r.agent_id, name: r.name, available: r.available === 1, connected: r.connected === 1, load: r.load, version: r.version, lastAt: r.last_at } : null;
  }

  upsert(s: AgentSnapshot): void {
    this.sql.exec(
      `INSERT INTO agents (agent_id, name, available, connected, load, version) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (agent_id) DO UPDATE SET name = excluded.name, available = excluded.available,
         connected = excluded.connected, load = excluded.load, version = excluded.version`,
      s.agentId,
      s.name,
      s.available ? 1 : 0,
      s.connected ? 1 : 0,
      s.load,
      s.version,
    );
  }

  setLoad(agentId: string, load: number): void {
    this.sql.exec(`UPDATE agents SET load = ? WHERE agent_id = ?`, load, agentId);
  }

  /** Marks the agent as offered or assigned just now (ties go to whoever waited longest); `tick` increases strictly. */
  touch(agentId: string, tick: number): void {
    this.sql.exec(`UPDATE agents SET last_at = ? WHERE agent_id = ?`, tick, agentId);
  }

  remove(agentId: string): void {
    this.sql.exec(`DELETE FROM agents WHERE agent_id = ?`, agentId);
  }

  /** The eligible agent with the fewest active + pending, ties to the least recently offered or assigned. */
  pick(conversationId: string, round: number, cap: number, only: string | null = null, except: string | null = null): AgentRow | null {
    const r = this.sql
      .exec<{ agent_id: string; name: string; load: number }>(
        `SELECT agent_id, name, load FROM agents
         WHERE available = 1 AND connected = 1 AND load < ?
           AND (? IS NULL OR agent_id = ?) AND (? IS NULL OR agent_id != ?)
           AND agent_id NOT IN (SELECT agent_id FROM tried WHERE conversation_id = ? AND round = ?)
         ORDER BY load, last_at LIMIT 1`,
        cap,
        only,
        only,
        except,
        except,
        conversationId,
        round,
      )
      .toArray()[0];
    return r ? { agentId: r.agent_id, name: r.name, load: r.load } : null;
  }

  /** Whether an available, connected agent has not been tried for this conversation this round (whatever their load). */
  anyUntried(conversationId: string, round: number): boolean {
    return (
      this.sql
        .exec(
          `SELECT 1 FROM agents WHERE available = 1 AND connected = 1
           AND agent_id NOT IN (SELECT agent_id FROM tried WHERE conversation_id = ? AND round = ?) LIMIT 1`,
          conversationId,
          round,
        )
        .toArray().length > 0
    );
  }

  /** Agents available and connected now (whatever their load): nobody means the team is away. */
  availableCount(): number {
    return this.sql.exec<{ n: number }>(`SELECT count(*) AS n FROM agents WHERE available = 1 AND connected = 1`).one().n;
  }

  /** Every agent the router knows, by name, with whether they could be offered a conversation now. */
  roster(cap: number): { agentId: string; name: string; status: "available" | "at_cap" | "no_console" | "away"; load: number }[] {
    return this.sql
      .exec<{ agent_id: string; name: string; load: number; available: number; connected: number }>(
        `SELECT agent_id, name, load, available, connected FROM agents ORDER BY name`,
      )
      .toArray()
      .map((r) => ({
        agentId: r.agent_id,
        name: r.name,
        load: r.load,
        status: r.available !== 1 ? "away" : r.connected !== 1 ? "no_console" : r.load >= cap ? "at_cap" : "available",
      }));
  }

  anyEligible(cap: number): boolean {
    return this.sql.exec(`SELECT 1 FROM agents WHERE available = 1 AND connected = 1 AND load < ? LIMIT 1`, cap).toArray().length > 0;
  }

  /** Every agent the router knows (up to `limit`), with why each would be skipped for this conversation. */
  considered(conversationId: string, round: number, cap: number, limit = 50): RoutingDecision["considered"] {
    return this.sql
      .exec<{ agent_id: string; name: string; load: number; available: number; connected: number; tried: number }>(
        `SELECT a.agent_id, a.name, a.load, a.available, a.connected, (t.agent_id IS NOT NULL) AS tried
         FROM agents a LEFT JOIN tried t ON t.conversation_id = ? AND t.round = ? AND t.agent_id = a.agent_id
         ORDER BY a.load, a.last_at LIMIT ?`,
        conversationId,
        round,
        limit,
      )
      .toArray()
      .map((r) => {
        let skipped: SkipReason | null = null;
        if (r.available !== 1) skipped = "unavailable";
        else if (r.connected !== 1) skipped = "disconnected";
        else if (r.load >= cap) skipped = "at_cap";
        else if (r.tried) skipped = "already_tried";
        return { agentId: r.agent_id, name: r.name, load: r.load, skipped };
      });
  }
}
