/**
 * Chat models for the LLM responder: Cloudflare Workers AI (the `AI` binding) or any OpenAI-compatible
 * endpoint. Both speak the same small interface, which tests drive with a scripted model.
 */
export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface ChatTool {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}

export interface ChatCompletion {
  content: string | null;
  toolCalls: { name: string; arguments: Record<string, unknown> }[];
}

export interface ChatModel {
  complete(messages: ChatMessage[], tools: ChatTool[]): Promise<ChatCompletion>;
}

function parseArguments(raw: unknown): Record<string, unknown> {
  if (typeof raw === "object" && raw !== null) return raw as Record<string, unknown>;
  if (typeof raw !== "string" || raw === "") return {};
  try {
    return JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Workers AI through the `AI` binding (remote only: there is no local simulation). */
export class WorkersAiModel implements ChatModel {
  constructor(
    private readonly ai: { run(model: string, input: Record<string, unknown>): Promise<unknown> },
    private readonly model: string,
  ) {}

  async complete(messages: ChatMessage[], tools: ChatTool[]): Promise<ChatCompletion> {
    const result = (await this.ai.run(this.model, {
      messages,
      tools: tools.map((t) => ({ type: "function", function: t })),
    })) as { response?: string | null; tool_calls?: { name: string; arguments: unknown }[] };
    return {
      content: result.response ?? null,
      toolCalls: (result.tool_calls ?? []).map((c) => ({ name: c.name, arguments: parseArguments(c.arguments) })),
    };
  }
}

/** Any endpoint that speaks OpenAI's chat completions API. */
export class OpenAiCompatibleModel implements ChatModel {
  constructor(
    private readonly endpoint: string,
    private readonly apiKey: string,
    private readonly model: string,
    private readonly fetcher: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  async complete(messages: ChatMessage[], tools: ChatTool[]): Promise<ChatCompletion> {
    const res = await this.fetcher(`${this.endpoint.replace(/\/$/, "")}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${this.apiKey}` },
      body: JSON.stringify({ model: this.model, messages, tools: tools.map((t) => ({ type: "function", function: t })) }),
    });
    if (!res.ok) throw new Error(`the model endpoint answered ${res.status}`);
    const data = (await res.json()) as {
      choices?: { message?: { content?: string | null; tool_calls?: { function: { name: string; arguments: unknown } }[] } }[];
    };
    const message = data.choices?.[0]?.message;
    if (!message) throw new Error("the model endpoint answered without a message");
    return {
      content: message.content ?? null,
      toolCalls: (message.tool_calls ?? []).map((c) => ({ name: c.function.name, arguments: parseArguments(c.function.arguments) })),
    };
  }
}
