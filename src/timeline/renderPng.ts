/**
 * The timeline as a picture: a vertical time axis with dated ticks, one mark per event (a dot for a day, a bar
 * for a span) and, beside it, one label per event (its date and summary) joined to its mark by a leader line.
 * Labels are stacked so they never overlap; the axis keeps true proportions between dates.
 */
import type { SKRSContext2D } from "@napi-rs/canvas";
import { addDays, daysBetween, formatShort, parts, weekdayOf, type Day } from "./calendar.js";
import { canvasLibrary, ensureFonts, FONT_FAMILY } from "./fonts.js";
import type { Timeline, TimelineEvent } from "./types.js";

export interface PngOptions {
  /** Image width in pixels (600–2000). */
  width?: number;
  /** Events drawn at most; the rest are counted in a footer (5–100). */
  maxEvents?: number;
}

const COLORS = { background: "#ffffff", text: "#1d232a", muted: "#5f6b76", axis: "#9aa5b1", mark: "#1f6feb", span: "#d97706", leader: "#c3cad2" };
const PAD = 32;
const AXIS_X = 150;
const LABEL_X = 230;
const LINE = 20;
const GAP = 14;

/** Renders `t` to PNG bytes (for `--png FILE` and the Discord attachment). */
export function renderTimelinePng(t: Timeline, options: PngOptions = {}): Buffer {
  ensureFonts();
  const width = Math.min(2000, Math.max(600, options.width ?? 1200));
  const shown = t.events.slice(0, Math.max(5, Math.min(100, options.maxEvents ?? 40)));
  const measure = canvasLibrary().createCanvas(10, 10).getContext("2d");
  const labels = shown.map((e) => ({ event: e, lines: wrap(measure, e.text, width - LABEL_X - PAD, 2) }));
  const top = PAD + 70;
  if (shown.length === 0) return finishEmpty(t, width);

  const first = shown.reduce((d, e) => (e.date < d ? e.date : d), shown[0]!.date);
  const last = shown.reduce((d, e) => (e.end > d ? e.end : d), shown[0]!.end);
  const spanDays = daysBetween(first, last) + 1;
  const stackHeight = labels.reduce((h, l) => h + LINE + l.lines.length * LINE + GAP, 0);
  const perDay = Math.max(2, Math.min(90, Math.max(360, stackHeight) / spanDays));
  const y = (day: Day) => top + daysBetween(first, day) * perDay + perDay / 2;

  // Stack labels top to bottom, each as near its mark as the one above allows.
  let bottom = top - GAP;
  const placed = labels.map((l) => {
    const markY = (y(l.event.date) + y(l.event.end)) / 2;
    const height = LINE + l.lines.length * LINE;
    const labelY = Math.max(markY - LINE / 2, bottom + GAP);
    bottom = labelY + height;
    return { ...l, markY, labelY };
  });
  const axisEnd = y(last) + perDay / 2;
  const more = t.events.length - shown.length;
  const height = Math.ceil(Math.max(axisEnd, bottom) + PAD + (more > 0 ? LINE + 8 : 0));

  const canvas = canvasLibrary().createCanvas(width, height);
  const g = canvas.getContext("2d");
  g.fillStyle = COLORS.background;
  g.fillRect(0, 0, width, height);
  title(g, t, width);
  axis(g, first, last, perDay, y, top, axisEnd);
  for (const p of placed) drawEvent(g, p.event, p.lines, p.markY, p.labelY, y, t.summary);
  if (more > 0) {
    g.fillStyle = COLORS.muted;
    g.font = font(14);
    g.fillText(`+ ${more} more event${more === 1 ? "" : "s"}: see the text of the timeline`, LABEL_X, height - PAD / 2 - 4);
  }
  return canvas.toBuffer("image/png");
}

function font(size: number, bold = false): string {
  return `${bold ? "bold " : ""}${size}px "${FONT_FAMILY}"`;
}

function title(g: SKRSContext2D, t: Timeline, width: number): void {
  g.fillStyle = COLORS.text;
  g.font = font(24, true);
  g.fillText("Timeline of the talks", PAD, PAD + 20);
  g.fillStyle = COLORS.muted;
  g.font = font(14);
  const sources = [...new Set(t.events.flatMap((e) => e.quotes.map((q) => q.source)))].join(", ");
  const about = t.topic ? ` about “${t.topic}”` : "";
  const n = t.events.length;
  const count = t.summary ? `the ${n} key event${n === 1 ? "" : "s"}${t.total > n ? ` of ${t.total}` : ""}` : `${n} event${n === 1 ? "" : "s"}`;
  const line = `${count}${about} · from ${sources || "the articles"}`;
  g.fillText(ellipsize(g, line, width - 2 * PAD), PAD, PAD + 46);
}

/** The axis line and its date ticks, spaced so that their labels do not collide. */
function axis(g: SKRSContext2D, first: Day, last: Day, perDay: number, y: (d: Day) => number, top: number, end: number): void {
  g.strokeStyle = COLORS.axis;
  g.lineWidth = 2;
  g.beginPath();
  g.moveTo(AXIS_X, top - 8);
  g.lineTo(AXIS_X, end + 8);
  g.stroke();
  const step = [1, 2, 7, 14, 30, 91, 365].find((s) => s * perDay >= 18) ?? 365;
  g.font = font(13);
  g.textAlign = "right";
  for (let d = first; d <= last; d = addDays(d, 1)) {
    const offset = daysBetween(first, d);
    const onStep = step === 1 || (step === 2 && offset % 2 === 0) || (step >= 7 && step < 30 && weekdayOf(d) === 0 && offset % step < 7) ||
      (step >= 30 && parts(d).day === 1);
    const yy = y(d);
    g.strokeStyle = COLORS.axis;
    g.lineWidth = 1;
    g.beginPath();
    g.moveTo(AXIS_X - (onStep ? 8 : 4), yy);
    g.lineTo(AXIS_X, yy);
    g.stroke();
    if (onStep || d === first) {
      g.fillStyle = COLORS.muted;
      g.fillText(step >= 30 ? `${formatShort(d)} ${parts(d).year}` : `${["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][weekdayOf(d)]} ${formatShort(d)}`, AXIS_X - 14, yy + 4);
    }
  }
  g.textAlign = "left";
}

function drawEvent(
  g: SKRSContext2D, e: TimelineEvent, lines: string[], markY: number, labelY: number, y: (d: Day) => number, withOutlets: boolean,
): void {
  const isSpan = e.end !== e.date;
  g.strokeStyle = COLORS.leader;
  g.lineWidth = 1;
  g.beginPath();
  g.moveTo(AXIS_X + (isSpan ? 18 : 8), markY);
  g.lineTo(LABEL_X - 12, labelY + LINE / 2 - 4);
  g.stroke();
  if (isSpan) {
    g.fillStyle = COLORS.span;
    const y0 = y(e.date) - 6;
    g.fillRect(AXIS_X + 9, y0, 7, y(e.end) + 6 - y0);
  } else {
    g.fillStyle = COLORS.mark;
    g.beginPath();
    g.arc(AXIS_X, markY, 6, 0, Math.PI * 2);
    g.fill();
  }
  g.fillStyle = isSpan ? COLORS.span : COLORS.mark;
  g.font = font(15, true);
  g.fillText(e.label, LABEL_X, labelY + LINE - 5);
  if (withOutlets) {
    // How widely it was reported, after the date: the summary's measure of salience, visible.
    const labelWidth = g.measureText(e.label).width;
    g.fillStyle = COLORS.muted;
    g.font = font(13);
    g.fillText(` · ${e.outlets.length} outlet${e.outlets.length === 1 ? "" : "s"}`, LABEL_X + labelWidth, labelY + LINE - 5);
  }
  g.fillStyle = COLORS.text;
  g.font = font(15);
  lines.forEach((line, i) => g.fillText(line, LABEL_X, labelY + LINE * (i + 2) - 5));
}

/** Word-wraps `text` to `maxWidth`, at most `maxLines`, the last line ellipsized. */
function wrap(g: SKRSContext2D, text: string, maxWidth: number, maxLines: number): string[] {
  g.font = font(15);
  const lines: string[] = [];
  let current = "";
  const words = text.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const next = current ? `${current} ${words[i]}` : words[i]!;
    if (g.measureText(next).width <= maxWidth || !current) {
      current = next;
      continue;
    }
    lines.push(current);
    current = words[i]!;
    if (lines.length === maxLines - 1) {
      current = words.slice(i).join(" ");
      break;
    }
  }
  lines.push(ellipsize(g, current, maxWidth));
  return lines;
}

function ellipsize(g: SKRSContext2D, text: string, maxWidth: number): string {
  if (g.measureText(text).width <= maxWidth) return text;
  let s = text;
  while (s.length > 1 && g.measureText(`${s}…`).width > maxWidth) s = s.slice(0, -1);
  return `${s.trimEnd()}…`;
}

function finishEmpty(t: Timeline, width: number): Buffer {
  const canvas = canvasLibrary().createCanvas(width, 160);
  const g = canvas.getContext("2d");
  g.fillStyle = COLORS.background;
  g.fillRect(0, 0, width, 160);
  title(g, t, width);
  g.fillStyle = COLORS.text;
  g.font = font(16);
  g.fillText(t.refusal?.message ?? "No dated events to show.", PAD, PAD + 90);
  return canvas.toBuffer("image/png");
}
