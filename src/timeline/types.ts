/** Shapes of the timeline, shared by the core, the renderers and the adapters (CLI, terminal chat, Discord). */
import type { IndexedSentence, Quote } from "../types.js";
import type { Day } from "./calendar.js";
import type { TimelineTuning } from "./tuning.js";

/** One event: a day (`date === end`) or a span the articles name only vaguely ("later this week"). */
export interface TimelineEvent {
  /** The day, or the first day of the span. */
  date: Day;
  /** Last day of the span; equal to `date` for a single day. */
  end: Day;
  /** "Sun 30 Nov 2025", "week of 23 Nov 2025", "1–6 Dec 2025", "late Oct 2025". */
  label: string;
  /** One line, extractive offline: the event's clause cut from the first report. */
  text: string;
  /** Every report of the event, earliest published first. */
  quotes: Quote[];
  /** The expressions the reports dated it by ("on Friday"); "published" for a lead placed on its publication day. */
  expressions: string[];
  /** The outlets that reported it (distinct sources); in a summary, the one with the weightiest report first. */
  outlets: string[];
  /** How many articles reported it. */
  articles: number;
}

/** Events of the same day (or the same span), in the order the timeline shows them. */
export interface TimelineGroup {
  date: Day;
  end: Day;
  label: string;
  events: TimelineEvent[];
}

export interface Timeline {
  /** Date order: by first day, then shorter spans first, then by first report. */
  events: TimelineEvent[];
  groups: TimelineGroup[];
  /** The filters applied, as given. */
  from?: string;
  to?: string;
  topic?: string;
  /** Articles read. */
  articles: number;
  /** Events of the full list (after the filters); `events.length` unless this is a summary. */
  total: number;
  /** True when `events` is the summary (the most salient `max`), false for the full list. */
  summary: boolean;
  /** Set when an option was refused (a malformed date…): a message a person can act on; `events` is empty. */
  refusal?: { id: string; message: string };
}

export interface TimelineOptions {
  /** First day to show, `YYYY-MM-DD`; a span overlapping it is kept. */
  from?: string;
  /** Last day to show, `YYYY-MM-DD`. */
  to?: string;
  /** Keep the events about this. Without `topicFilter`, matched by the words of the topic. */
  topic?: string;
  /** Decides which sentences are about `topic` (see `engineTopicFilter` for the hybrid-search one). */
  topicFilter?: (sentence: IndexedSentence) => boolean;
  /**
   * Summarise: at most this many of the most salient events, in date order. Without it, the full list, every
   * dated event. Adapters default to `TIMELINE_DEFAULTS.summaryMax` and leave it out for "all".
   */
  max?: number;
  tuning?: Partial<TimelineTuning>;
}
