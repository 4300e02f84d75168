/** Picks the responder the site's AI agent settings ask for. */
import { DEFAULT_MODELS, type AiSettings } from "../../protocol/domain";
import type { Env } from "../../worker/env";
import { OpenAiCompatibleModel, WorkersAiModel } from "./chat-model";
import { KnowledgeBaseResponder } from "./knowledge-base";
import { LlmResponder } from "./llm";
import type { Responder } from "./responder";

export function chooseResponder(env: Env, settings: AiSettings, origin: string): Responder {
  const model = settings.model?.trim() || null; // a blank model means "the default"
  if (settings.responder === "workers_ai" && env.AI) {
    return new LlmResponder(env.DB, new WorkersAiModel(env.AI, model ?? DEFAULT_MODELS.workers_ai), origin, env.AI);
  }
  // The operator's key goes only to the operator's endpoint (LLM_ENDPOINT), never to one a site admin typed.
  if (settings.responder === "openai_compatible" && env.LLM_ENDPOINT && env.LLM_API_KEY) {
    return new LlmResponder(env.DB, new OpenAiCompatibleModel(env.LLM_ENDPOINT, env.LLM_API_KEY, model ?? DEFAULT_MODELS.openai_compatible), origin);
  }
  // The default, and the fallback when an LLM is chosen but not configured: no network needed.
  return new KnowledgeBaseResponder(env.DB, origin);
}
