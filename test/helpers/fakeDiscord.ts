/**
 * A fake Discord on 127.0.0.1 for end-to-end tests of the real discord.js client:
 * - REST under `/api/v10` (point the client's `rest.api` at `apiUrl`): `GET /gateway/bot` gives the local gateway
 *   URL; interaction callbacks, webhook edits/follow-ups, channel messages, typing, reactions and command
 *   registration answer like Discord does (including 10062 for an interaction acknowledged after 3 s, 40060 for a
 *   second acknowledgement). Every request is recorded with method, path, query, body and time. A response can be
 *   injected once for the next matching request (a 429 with retry-after, a 10062…).
 * - A gateway WebSocket: HELLO (op 10), IDENTIFY (op 2) → READY with the bot user, application and guilds (as
 *   unavailable, then a GUILD_CREATE each), heartbeats (op 1) ACKed with op 11, RESUME (op 6) → RESUMED, and
 *   dispatches (op 0) routed to the shard that owns the guild. Speaks zlib-stream and identify compression if the
 *   client asks for it (discord.js only does with zlib-sync installed).
 */
import http from "node:http";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { WebSocketServer, type WebSocket } from "ws";

export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, e.g. `/interactions/123/abc/callback`. */
  path: string;
  query: URLSearchParams;
  // The JSON the client sent; tests read fields of it freely.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  authorization?: string;
  at: number;
  status: number;
}

export interface InjectedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface GatewayPacket {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

export interface FakeDiscordOptions {
  /** Shards `GET /gateway/bot` recommends. */
  recommendedShards?: number;
  /** The HELLO heartbeat interval (Discord's is ~41 s). */
  heartbeatIntervalMs?: number;
  /** How many guilds the bot is in (spread over shards by id). */
  guilds?: number;
  /** Intents the application may use; IDENTIFY with others is closed with 4014 like Discord does. */
  allowedIntents?: number;
}

interface Session {
  ws: WebSocket;
  seq: number;
  shard?: [number, number];
  deflate?: zlib.Deflate;
  /** zlib-stream frames must leave in order: each waits for the previous flush. */
  chain: Promise<void>;
  identifyCompress: boolean;
  sessionId: string;
}

interface InteractionRecord {
  id: string;
  token: string;
  dispatchedAt: number;
  acknowledgedAt?: number;
  original?: Record<string, unknown>;
  payload: Record<string, unknown>;
}

const DISCORD_EPOCH = 1420070400000n;
const GUILD_PERMISSIONS = "2248473465835073";
/** Discord's MESSAGE_CONTENT intent (privileged). */
export const MESSAGE_CONTENT_INTENT = 1 << 15;

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Packets clients sent on the gateway (IDENTIFY, heartbeats…). */
  readonly received: GatewayPacket[] = [];
  readonly application = { id: snowflake(), name: "Talks Bot", flags: 0, bot_public: true, bot_require_code_grant: false, description: "", icon: null, summary: "", verify_key: "0".repeat(64), team: null, owner: undefined as unknown };
  readonly bot = { id: this.application.id, username: "TalksBot", discriminator: "0000", global_name: null, avatar: null, bot: true, verified: true, flags: 0, mfa_enabled: true, email: null };
  readonly human = { id: snowflake(), username: "olena", discriminator: "0", global_name: "Olena", avatar: null, public_flags: 0 };
  readonly guilds: ReturnType<FakeDiscord["makeGuild"]>[];
  readonly commandIds = new Map<string, string>();
  /** Messages the bot created (channel messages, interaction responses and follow-ups), as returned to it. */
  readonly botMessages: Record<string, unknown>[] = [];
  /** Threads the bot started (POST /channels/:id/messages/:id/threads). */
  readonly threads: { id: string; name: string; parent_id: string }[] = [];
  private readonly sessions = new Set<Session>();
  private readonly interactions = new Map<string, InteractionRecord>();
  private readonly injections: { match: (r: RecordedRequest) => boolean; response: InjectedResponse }[] = [];
  private readonly waiters = new Set<() => void>();
  private server!: http.Server;
  private wss!: WebSocketServer;
  private port = 0;

  private constructor(private readonly options: Required<FakeDiscordOptions>) {
    this.guilds = Array.from({ length: options.guilds }, (_, i) => this.makeGuild(i));
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord({ recommendedShards: 1, heartbeatIntervalMs: 41_250, guilds: 1, allowedIntents: ~MESSAGE_CONTENT_INTENT, ...options });
    await fake.listen();
    return fake;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  get guild() {
    return this.guilds[0]!;
  }

  get channel() {
    return this.guild.channels[0]!;
  }

  get botRole() {
    return this.guild.roles[1]!;
  }

  /** Identify packets received, in order. */
  get identifies(): { token: string; intents: number; shard?: [number, number]; compress?: boolean }[] {
    return this.received.filter((p) => p.op === 2).map((p) => p.d as { token: string; intents: number; shard?: [number, number] });
  }

  /** Number of open gateway connections. */
  get connections(): number {
    return this.sessions.size;
  }

  /** The next request matching `match` gets `response` instead of the normal answer (once). */
  injectOnce(match: (r: RecordedRequest) => boolean, response: InjectedResponse): void {
    this.injections.push({ match, response });
  }

  /** Resolves with the first recorded request (past or future) matching `match`. */
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs = 10_000): Promise<RecordedRequest> {
    return this.waitFor(() => this.requests.find(match), timeoutMs, "request");
  }

  /** Resolves once `check` returns something other than undefined/false (re-checked on every request/packet, and every 20 ms). */
  waitFor<T>(check: () => T | undefined | false, timeoutMs = 10_000, what = "condition"): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const attempt = () => {
        const value = check();
        if (value === undefined || value === false) return false;
        cleanup();
        resolve(value);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fakeDiscord: timed out after ${timeoutMs} ms waiting for a ${what}`));
      }, timeoutMs);
      const poll = setInterval(() => void attempt(), 20);
      const cleanup = () => {
        clearTimeout(timer);
        clearInterval(poll);
        this.waiters.delete(waiter);
      };
      const waiter = () => void attempt();
      if (attempt()) return;
      this.waiters.add(waiter);
    });
  }

  /** Requests concerning one interaction (its callback and webhook calls), in order. */
  requestsFor(interaction: { id: string; token: string }): RecordedRequest[] {
    return this.requests.filter((r) => r.path.includes(`/${interaction.id}/`) || r.path.includes(`/${interaction.token}`));
  }

  // ---------------------------------------------------------------- dispatching

  /** Sends a dispatch to the shard owning `guildId` (shard 0 without a guild). Returns how many sessions got it. */
  dispatch(t: string, d: unknown, guildId?: string): number {
    let sent = 0;
    for (const session of this.sessions) {
      if (!session.shard) continue;
      const [id, count] = session.shard;
      const owner = guildId ? Number((BigInt(guildId) >> 22n) % BigInt(count)) : 0;
      if (owner !== id) continue;
      this.send(session, { op: 0, t, s: ++session.seq, d });
      sent++;
    }
    return sent;
  }

  /** Dispatches a slash command as INTERACTION_CREATE; returns the payload (id and token identify it later). */
  slashCommand(name: string, options: Record<string, string | number | boolean> = {}, guild = this.guild): { id: string; token: string; payload: Record<string, unknown> } {
    const commandId = this.commandIds.get(name) ?? snowflake();
    this.commandIds.set(name, commandId);
    const data = {
      id: commandId,
      name,
      type: 1,
      guild_id: guild.id,
      ...(Object.keys(options).length > 0
        ? { options: Object.entries(options).map(([n, value]) => ({ name: n, type: typeof value === "boolean" ? 5 : typeof value === "number" ? 10 : 3, value })) }
        : {}),
    };
    return this.sendInteraction(2, data, guild);
  }

  /** Dispatches a click on a button with `customId`, on `message` (default: the original response of `of`), by `user`. */
  clickButton(customId: string, message: Record<string, unknown>, guild = this.guild, user: { id: string; username: string } = this.human): { id: string; token: string; payload: Record<string, unknown> } {
    return this.sendInteraction(3, { custom_id: customId, component_type: 2 }, guild, { message }, user);
  }

  /** Another member of the guild (a user object as Discord sends it), e.g. for votes by several people. */
  makeUser(name: string): FakeDiscord["human"] {
    return { ...this.human, id: snowflake(), username: name, global_name: name };
  }

  /** The message an interaction's original response currently is (after its callback and edits). */
  originalMessage(interaction: { id: string }): Record<string, unknown> | undefined {
    return this.interactions.get(interaction.id)?.original;
  }

  /**
   * Dispatches MESSAGE_CREATE from the human user; mentions are derived from `<@id>`/`<@&id>` in the content. With
   * `replyTo`, a reply to that message, pinging its author unless `ping` is false (Discord's default is to ping);
   * with `channelId`, posted there (a thread). `content: ""` is what a bot without the Message Content intent gets
   * for a message that does not mention it.
   */
  userMessage(content: string, guild = this.guild, options: { channelId?: string; replyTo?: Record<string, unknown>; ping?: boolean } = {}): Record<string, unknown> {
    const channel = { id: options.channelId ?? guild.channels[0]!.id };
    const mentionedIds = [...content.matchAll(/<@!?(\d+)>/g)].map((m) => m[1]);
    const replied = options.replyTo as { id: string; author: { id: string }; channel_id: string } | undefined;
    if (replied && options.ping !== false) mentionedIds.push(replied.author.id);
    const known = [this.bot, this.human];
    const message = {
      id: snowflake(),
      channel_id: channel.id,
      guild_id: guild.id,
      author: this.human,
      member: this.member([], false),
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: known.filter((u) => mentionedIds.includes(u.id)).map((u) => ({ ...u, member: this.member(u.id === this.bot.id ? [this.botRole.id] : [], false) })),
      mention_roles: [...content.matchAll(/<@&(\d+)>/g)].map((m) => m[1]),
      mention_channels: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
      flags: 0,
      components: [],
      nonce: snowflake(),
      ...(replied
        ? { type: 19, message_reference: { type: 0, message_id: replied.id, channel_id: replied.channel_id, guild_id: guild.id }, referenced_message: replied }
        : {}),
    };
    this.dispatch("MESSAGE_CREATE", message, guild.id);
    return message;
  }

  async close(): Promise<void> {
    for (const s of this.sessions) s.ws.terminate();
    this.sessions.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---------------------------------------------------------------- internals: HTTP

  private async listen(): Promise<void> {
    this.server = http.createServer((req, res) => void this.handleHttp(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on("upgrade", (req, socket, head) => {
      if (!req.url?.startsWith("/gateway")) return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.openSession(ws, new URL(req.url!, "http://x").searchParams));
    });
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  private async handleHttp(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const record: RecordedRequest = {
      method: req.method ?? "GET",
      path: decodeURIComponent(url.pathname.replace(/^\/api\/v\d+/, "")),
      query: url.searchParams,
      body: parseBody(raw, req.headers["content-type"]),
      authorization: req.headers.authorization,
      at: Date.now(),
      status: 0,
    };
    const index = this.injections.findIndex((i) => i.match(record));
    const reply =
      index >= 0 ? this.injections.splice(index, 1)[0]!.response : url.pathname.startsWith("/api/v10/") ? this.route(record) : notFound();
    record.status = reply.status;
    this.requests.push(record);
    const body = reply.body === undefined ? "" : JSON.stringify(reply.body);
    res.writeHead(reply.status, { ...(body ? { "content-type": "application/json" } : {}), ...reply.headers });
    res.end(body);
    this.notify();
  }

  private route(r: RecordedRequest): InjectedResponse {
    const p = r.path;
    let m: RegExpExecArray | null;
    if (r.method === "GET" && p === "/gateway/bot") {
      return ok({ url: this.gatewayUrl, shards: this.options.recommendedShards, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } });
    }
    if (r.method === "GET" && p === "/gateway") return ok({ url: this.gatewayUrl });
    if (r.method === "GET" && (p === "/applications/@me" || p === "/oauth2/applications/@me")) return ok({ ...this.application, bot: this.bot });
    if ((m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(p)) && r.method === "POST") return this.callback(m[1]!, m[2]!, r);
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/.exec(p))) return this.webhook(m[2]!, m[3], r);
    if ((m = /^\/channels\/(\d+)\/messages$/.exec(p)) && r.method === "POST") return ok(this.message(m[1]!, r.body, { reply: r.body?.message_reference }));
    if (/^\/channels\/\d+\/typing$/.test(p) && r.method === "POST") return { status: 204 };
    if ((m = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(p)) && r.method === "POST") return ok(this.thread(m[1]!, m[2]!, r.body));
    if (/^\/channels\/\d+\/messages\/\d+\/reactions\/[^/]+\/@me$/.test(p) && r.method === "PUT") return { status: 204 };
    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(p)) && r.method === "PUT") {
      if (m[1] !== this.application.id) return error(404, 10002, "Unknown Application");
      const body = Array.isArray(r.body) ? (r.body as { name: string }[]) : [];
      return ok(body.map((c) => ({ ...c, id: this.commandIds.get(c.name) ?? this.commandIdFor(c.name), application_id: this.application.id, version: snowflake(), ...(m![2] ? { guild_id: m![2] } : {}) })));
    }
    return notFound();
  }

  /** A public thread started on a message, as Discord returns it; kept in `threads`. */
  private thread(parentId: string, messageId: string, body: { name?: string; auto_archive_duration?: number } | undefined): Record<string, unknown> {
    const thread = {
      id: messageId, // Discord gives a thread started on a message that message's id
      type: 11,
      guild_id: this.guild.id,
      parent_id: parentId,
      owner_id: this.bot.id,
      name: body?.name ?? "",
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0,
      message_count: 0,
      member_count: 1,
      total_message_sent: 0,
      thread_metadata: { archived: false, auto_archive_duration: body?.auto_archive_duration ?? 1440, archive_timestamp: new Date().toISOString(), locked: false, create_timestamp: new Date().toISOString() },
      member: { id: messageId, user_id: this.bot.id, join_timestamp: new Date().toISOString(), flags: 0 },
    };
    this.threads.push(thread);
    return thread;
  }

  private commandIdFor(name: string): string {
    const id = snowflake();
    this.commandIds.set(name, id);
    return id;
  }

  private callback(id: string, token: string, r: RecordedRequest): InjectedResponse {
    const interaction = this.interactions.get(id);
    if (!interaction || interaction.token !== token) return error(404, 10062, "Unknown interaction");
    if (interaction.acknowledgedAt !== undefined) return error(400, 40060, "Interaction has already been acknowledged.");
    if (r.at - interaction.dispatchedAt > 3_000) return error(404, 10062, "Unknown interaction");
    interaction.acknowledgedAt = r.at;
    const type = r.body?.type as number;
    const data = (r.body?.data ?? {}) as Record<string, unknown>;
    if (type === 4 || type === 5) {
      interaction.original = this.message(this.channel.id, type === 5 ? { content: "", flags: (Number(data.flags ?? 0) | 128) } : data, { interaction });
    } else if (type === 7 || type === 6) {
      const on = (interaction.payload.message ?? {}) as Record<string, unknown>;
      interaction.original = type === 7 ? { ...on, ...data, edited_timestamp: new Date().toISOString() } : on;
    }
    return r.query.get("with_response") === "true" ? ok({ interaction: { id, type: interaction.payload.type }, resource: { type, message: interaction.original } }) : { status: 204 };
  }

  private webhook(token: string, messageId: string | undefined, r: RecordedRequest): InjectedResponse {
    const interaction = [...this.interactions.values()].find((i) => i.token === token);
    if (!interaction || interaction.acknowledgedAt === undefined) return error(404, 10015, "Unknown Webhook");
    if (Date.now() - interaction.dispatchedAt > 15 * 60_000) return error(401, 50027, "Invalid Webhook Token");
    if (messageId === "@original") {
      if (!interaction.original) return error(404, 10008, "Unknown Message");
      if (r.method === "GET") return ok(interaction.original);
      if (r.method === "DELETE") {
        interaction.original = undefined;
        return { status: 204 };
      }
      if (r.method === "PATCH") {
        const flags = Number(interaction.original.flags ?? 0) & ~128;
        interaction.original = { ...interaction.original, ...r.body, flags: flags | (Number(r.body?.flags ?? 0) & 4), edited_timestamp: new Date().toISOString() };
        return ok(interaction.original);
      }
    }
    if (messageId === undefined && r.method === "POST") return ok(this.message(this.channel.id, r.body, {}));
    return notFound();
  }

  /** A message as Discord returns it, built from what the client sent (kept in `botMessages`). */
  private message(channelId: string, body: Record<string, unknown> | undefined, opts: { reply?: { message_id?: string }; interaction?: InteractionRecord }): Record<string, unknown> {
    const message = {
      id: snowflake(),
      type: opts.reply ? 19 : opts.interaction ? 20 : 0,
      channel_id: channelId,
      guild_id: this.guild.id,
      author: { ...this.bot },
      content: body?.content ?? "",
      embeds: body?.embeds ?? [],
      components: body?.components ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: Number(body?.flags ?? 0),
      ...(opts.reply?.message_id ? { message_reference: { type: 0, message_id: opts.reply.message_id, channel_id: channelId, guild_id: this.guild.id } } : {}),
      ...(opts.interaction
        ? {
            application_id: this.application.id,
            webhook_id: this.application.id,
            interaction_metadata: { id: opts.interaction.id, type: opts.interaction.payload.type, user: this.human, authorizing_integration_owners: { "0": this.guild.id } },
          }
        : {}),
    };
    this.botMessages.push(message);
    return message;
  }

  private sendInteraction(type: number, data: Record<string, unknown>, guild: FakeDiscord["guild"], extra: Record<string, unknown> = {}, user: { id: string } = this.human) {
    const id = snowflake();
    // Real tokens are base64 of "interaction:<id>:<secret>", ~200 characters.
    const token = Buffer.from(`interaction:${id}:${randomBytes(96).toString("base64url")}`).toString("base64url");
    const channel = guild.channels[0]!;
    const payload = {
      id,
      application_id: this.application.id,
      type,
      data,
      guild_id: guild.id,
      guild: { id: guild.id, locale: "en-US", features: [] },
      channel_id: channel.id,
      channel: { ...channel, guild_id: guild.id, permissions: GUILD_PERMISSIONS },
      member: { ...this.member([], true), user },
      token,
      version: 1,
      app_permissions: GUILD_PERMISSIONS,
      locale: "en-GB",
      guild_locale: "en-US",
      entitlements: [],
      authorizing_integration_owners: { "0": guild.id },
      context: 0,
      attachment_size_limit: 10_485_760,
      ...extra,
    };
    this.interactions.set(id, { id, token, dispatchedAt: Date.now(), payload });
    this.dispatch("INTERACTION_CREATE", payload, guild.id);
    return { id, token, payload };
  }

  // ---------------------------------------------------------------- internals: gateway

  private openSession(ws: WebSocket, params: URLSearchParams): void {
    const session: Session = {
      ws,
      seq: 0,
      chain: Promise.resolve(),
      identifyCompress: false,
      sessionId: randomBytes(16).toString("hex"),
      ...(params.get("compress") === "zlib-stream" ? { deflate: zlib.createDeflate() } : {}),
    };
    this.sessions.add(session);
    ws.on("close", () => {
      this.sessions.delete(session);
      this.notify();
    });
    ws.on("message", (data) => {
      let packet: GatewayPacket;
      try {
        packet = JSON.parse(String(data)) as GatewayPacket;
      } catch {
        ws.close(4002, "Error while decoding payload.");
        return;
      }
      this.received.push(packet);
      this.onPacket(session, packet);
      this.notify();
    });
    this.send(session, { op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs, _trace: ['["gateway-prd-fake",{"micros":0}]'] } });
  }

  private onPacket(session: Session, packet: GatewayPacket): void {
    switch (packet.op) {
      case 1:
        this.send(session, { op: 11 });
        return;
      case 2: {
        const d = packet.d as { token?: string; intents?: number; shard?: [number, number]; compress?: boolean };
        if (!d.token) return session.ws.close(4004, "Authentication failed.");
        if (((d.intents ?? 0) & ~this.options.allowedIntents) !== 0) return session.ws.close(4014, "Disallowed intent(s).");
        session.shard = d.shard ?? [0, 1];
        session.identifyCompress = d.compress === true;
        this.ready(session);
        return;
      }
      case 6:
        this.send(session, { op: 0, t: "RESUMED", s: ++session.seq, d: {} });
        return;
      default:
        return;
    }
  }

  private ready(session: Session): void {
    const [shardId, count] = session.shard!;
    const mine = this.guilds.filter((g) => Number((BigInt(g.id) >> 22n) % BigInt(count)) === shardId);
    this.send(session, {
      op: 0,
      t: "READY",
      s: ++session.seq,
      d: {
        v: 10,
        user: this.bot,
        user_settings: {},
        guilds: mine.map((g) => ({ id: g.id, unavailable: true })),
        session_id: session.sessionId,
        session_type: "normal",
        resume_gateway_url: this.gatewayUrl,
        shard: [shardId, count],
        application: { id: this.application.id, flags: this.application.flags },
        private_channels: [],
        relationships: [],
        presences: [],
        guild_join_requests: [],
        geo_ordered_rtc_regions: ["fake"],
        auth: {},
        _trace: ['["gateway-prd-fake",{"micros":0}]'],
      },
    });
    for (const guild of mine) this.send(session, { op: 0, t: "GUILD_CREATE", s: ++session.seq, d: guild });
  }

  private send(session: Session, packet: GatewayPacket): void {
    if (session.ws.readyState !== session.ws.OPEN) return;
    const json = JSON.stringify({ s: null, t: null, ...packet });
    if (session.deflate) {
      const deflate = session.deflate;
      session.chain = session.chain.then(
        () =>
          new Promise<void>((resolve) => {
            const chunks: Buffer[] = [];
            const onData = (c: Buffer) => chunks.push(c);
            deflate.on("data", onData);
            deflate.write(json);
            deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
              deflate.off("data", onData);
              if (session.ws.readyState === session.ws.OPEN) session.ws.send(Buffer.concat(chunks));
              resolve();
            });
          }),
      );
    } else if (session.identifyCompress && packet.op !== 10) {
      session.ws.send(zlib.deflateSync(json));
    } else {
      session.ws.send(json);
    }
  }

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }

  // ---------------------------------------------------------------- payloads

  private member(roles: string[], withPermissions: boolean) {
    return {
      roles,
      joined_at: "2025-11-01T10:00:00.000000+00:00",
      nick: null,
      avatar: null,
      banner: null,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
      unusual_dm_activity_until: null,
      ...(withPermissions ? { permissions: GUILD_PERMISSIONS } : {}),
    };
  }

  private makeGuild(i: number) {
    const id = snowflake();
    const botRoleId = snowflake();
    const channelId = snowflake();
    return {
      id,
      name: `Peace Talks Watchers ${i + 1}`,
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: this.human.id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 1,
      default_message_notifications: 1,
      explicit_content_filter: 2,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      premium_subscription_count: 0,
      premium_progress_bar_enabled: false,
      preferred_locale: "en-US",
      system_channel_id: channelId,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      vanity_url_code: null,
      application_id: null,
      max_members: 500_000,
      features: [],
      emojis: [],
      stickers: [],
      roles: [
        { id, name: "@everyone", color: 0, colors: { primary_color: 0, secondary_color: null, tertiary_color: null }, hoist: false, icon: null, unicode_emoji: null, position: 0, permissions: "1071698660929", managed: false, mentionable: false, flags: 0 },
        {
          id: botRoleId,
          name: "Talks Bot",
          color: 0,
          colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
          hoist: false,
          icon: null,
          unicode_emoji: null,
          position: 1,
          permissions: "309237713984",
          managed: true,
          mentionable: false,
          flags: 0,
          tags: { bot_id: this.bot.id },
        },
      ],
      channels: [
        { id: channelId, type: 0, name: "peace-talks", position: 0, parent_id: null, topic: null, nsfw: false, last_message_id: null, rate_limit_per_user: 0, flags: 0, permission_overwrites: [] },
      ],
      joined_at: "2025-11-01T10:00:00.000000+00:00",
      large: false,
      unavailable: false,
      member_count: 2,
      members: [{ ...this.member([botRoleId], false), user: this.bot }],
      voice_states: [],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }
}

let increment = 0n;
/** A snowflake for "now", so discord.js derives realistic creation times (the 15-minute token rule uses them). */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

function parseBody(raw: string, type: string | undefined): unknown {
  if (!raw) return undefined;
  if (type?.includes("application/json")) {
    try {
      return JSON.parse(raw);
    } catch {
      return raw;
    }
  }
  return raw;
}

function ok(body: unknown): InjectedResponse {
  return { status: 200, body };
}

function error(status: number, code: number, message: string): InjectedResponse {
  return { status, body: { message, code } };
}

function notFound(): InjectedResponse {
  return error(404, 0, "404: Not Found");
}

/** A 429 as Discord sends it: `retry-after` in seconds, the same in the body. */
export function rateLimited(retryAfterSeconds: number, scope: "user" | "shared" | "global" = "user"): InjectedResponse {
  return {
    status: 429,
    body: { message: "You are being rate limited.", retry_after: retryAfterSeconds, global: scope === "global" },
    headers: {
      "retry-after": String(retryAfterSeconds),
      "x-ratelimit-scope": scope,
      ...(scope === "global" ? { "x-ratelimit-global": "true" } : {}),
    },
  };
}
