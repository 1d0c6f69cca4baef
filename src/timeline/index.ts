/** The timeline module's public face, for the CLI, the terminal chat and the Discord command. */
export { timeline, timelineRefusal } from "./timeline.js";
export { engineTimeline } from "./engineTimeline.js";
export { cachedEngineTimeline } from "./cachedTimeline.js";
export { formatTimelineText, citation, reportedBy } from "./formatText.js";
export { timelineJson, type TimelineJson, type TimelineSummaryJson } from "./json.js";
export { renderTimelinePng, type PngOptions } from "./renderPng.js";
export { TIMELINE_DEFAULTS, type TimelineTuning } from "./tuning.js";
export type { Timeline, TimelineEvent, TimelineGroup, TimelineOptions } from "./types.js";
