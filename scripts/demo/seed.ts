/**
 * The demo site `npm start` seeds on first run (local only, never on deploy): Acme on premium, an admin
 * and three agents, two spaces with chat on, one customer experience per support mode, and the
 * knowledge base in articles.ts. Produces plain SQL statements so wrangler can apply them locally.
 */
import { hashPassword } from "../../worker/auth/password.ts";
import { demoArticles } from "./articles.ts";

export const DEMO_SITE_ID = "site_acme";
/** The demo site's identity secret (local only): a demo host page signs customers' ids with it. */
export const DEMO_IDENTITY_SECRET = "demo-identity-secret";
export const DEMO_PASSWORD = "parley-demo";
export const DEMO_AGENTS = [
  { id: "ag_admin", email: "admin@acme.test", name: "Alex Admin", role: "admin", spaces: ["sp_billing", "sp_support"] },
  { id: "ag_ana", email: "ana@acme.test", name: "Ana Alvarez", role: "agent", spaces: ["sp_billing", "sp_support"] },
  { id: "ag_ben", email: "ben@acme.test", name: "Ben Brooks", role: "agent", spaces: ["sp_billing"] },
  { id: "ag_cy", email: "cy@acme.test", name: "Cy Chen", role: "agent", spaces: ["sp_support"] },
] as const;

/** Origins the demo widget may be embedded on when running locally. */
export const DEMO_ORIGINS = ["http://127.0.0.1:8787", "http://localhost:8787", "http://127.0.0.1:8788", "http://localhost:8788"];

type Value = string | number | boolean | null | object;

function literal(value: Value): string {
  if (value === null) return "NULL";
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "1" : "0";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return `'${text.replace(/'/g, "''")}'`;
}

function insert(table: string, row: Record<string, Value>): string {
  const columns = Object.keys(row);
  return `INSERT OR IGNORE INTO ${table} (${columns.join(", ")}) VALUES (${columns.map((c) => literal(row[c]!)).join(", ")})`;
}

export async function demoSeedStatements(): Promise<string[]> {
  const out: string[] = [];
  out.push(insert("sites", { id: DEMO_SITE_ID, name: "Acme", edition: "premium", chat_cap: 3, offer_timeout_seconds: 120, idle_close_minutes: 30, identity_secret: DEMO_IDENTITY_SECRET }));
  out.push(insert("spaces", { id: "sp_billing", site_id: DEMO_SITE_ID, name: "Billing support", key: "BILL", chat_enabled: true }));
  out.push(insert("spaces", { id: "sp_support", site_id: DEMO_SITE_ID, name: "Product support", key: "SUP", chat_enabled: true }));
  for (const agent of DEMO_AGENTS) {
    const hashed = await hashPassword(DEMO_PASSWORD);
    out.push(
      insert("agents", {
        id: agent.id,
        site_id: DEMO_SITE_ID,
        email: agent.email,
        name: agent.name,
        role: agent.role,
        password_hash: hashed.hash,
        password_salt: hashed.salt,
        password_iterations: hashed.iterations,
      }),
    );
    for (const space of agent.spaces) out.push(insert("space_members", { site_id: DEMO_SITE_ID, space_id: space, agent_id: agent.id }));
  }
  const experience = (row: Record<string, Value>) =>
    insert("experiences", {
      site_id: DEMO_SITE_ID,
      allowed_origins: DEMO_ORIGINS,
      ai_agent_name: "Brewster",
      color: "#b45309",
      handoff_rules: [],
      ...row,
    });
  out.push(
    experience({
      id: "exp_help",
      name: "Acme Help Center",
      slug: "help",
      support_mode: "ai_team",
      channels: ["support_site", "widget"],
      space_id: "sp_support",
      greeting: "Hi, I'm Brewster, Acme's assistant. Ask me anything about your machine, order or account — and if you'd rather talk to a person from our team, just say so.",
      handoff_rules: [
        { kind: "keywords", name: "Legal or chargeback", keywords: ["lawyer", "chargeback", "legal action", "court"] },
        { kind: "customer_attribute", name: "Business customers", attribute: "email_domain", values: ["bigcorp.example"] },
        { kind: "ai_turns", name: "Three answers without a fix", turns: 3 },
        { kind: "negative_sentiment", name: "Upset customer" },
      ],
    }),
  );
  out.push(
    experience({
      id: "exp_billing",
      name: "Acme Billing chat",
      slug: "billing",
      support_mode: "team",
      channels: ["widget"],
      space_id: "sp_billing",
      greeting: "Hi! You're chatting with Acme's billing team. Tell us what's up and the next free person will answer.",
    }),
  );
  out.push(
    experience({
      id: "exp_assistant",
      name: "Acme Assistant",
      slug: "assistant",
      support_mode: "ai",
      channels: ["support_site", "widget"],
      space_id: "sp_support",
      greeting: "Hi, I'm Brewster. I can answer questions from the Acme help center any time of day.",
    }),
  );
  for (const [i, article] of demoArticles.entries()) {
    out.push(
      insert("articles", {
        id: `art_${article.slug}`,
        site_id: DEMO_SITE_ID,
        slug: article.slug,
        title: article.title,
        body: article.body,
        category: article.category,
        published: true,
        created_at: Date.UTC(2026, 0, 5 + i),
        updated_at: Date.UTC(2026, 0, 5 + i),
      }),
    );
  }
  return out;
}
