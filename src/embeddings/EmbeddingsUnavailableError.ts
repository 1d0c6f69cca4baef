import { UserError } from "../errors.js";

/**
 * The configured OpenAI-compatible embeddings server failed (down, slow, refused the key, no such model, or answered
 * something that is not embeddings). The message names the endpoint and the fix; `status` is the HTTP status if any.
 */
export class EmbeddingsUnavailableError extends UserError {
  constructor(
    id: string,
    message: string,
    readonly endpoint: string,
    readonly model: string,
    readonly status?: number,
    options: { cause?: unknown } = {},
  ) {
    super(id, message, { endpoint, model, status });
    if (options.cause !== undefined) this.cause = options.cause;
  }
}
