/**
 * A `fetch` for the chat model's client that refuses replies over a byte limit while they arrive: a hostile or
 * broken server sending 200 MB is cut off after the first `maxBytes`, instead of being read whole into memory (and
 * parsed) before anything can look at it.
 */

/** The reply was larger than the limit; never retried (the same request would get the same reply). */
export class ReplyTooLargeError extends Error {
  override readonly name = "ReplyTooLargeError";
  constructor(readonly maxBytes: number) {
    super(`llm: the reply is over ${maxBytes} bytes, cut off`);
  }
}

export function cappedFetch(maxBytes: number, base: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init) => {
    const response = await base(input, init);
    const declared = Number(response.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new ReplyTooLargeError(maxBytes);
    }
    if (!response.body) return response;
    let seen = 0;
    const capped = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          seen += chunk.byteLength;
          // Erroring the stream also cancels the source: the connection is dropped, nothing more is read.
          if (seen > maxBytes) controller.error(new ReplyTooLargeError(maxBytes));
          else controller.enqueue(chunk);
        },
      }),
    );
    return new Response(capped, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
