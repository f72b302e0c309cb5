import { msg } from '../../shared/messages';
import { type ContentLine, parseContentLine, type UnfoldedLine, unescapeText } from './ics-text';

/**
 * The structure of an iCalendar stream: its top-level VEVENTs as lists of properties, the
 * locations its VTIMEZONEs name, and how a problem is reported against one event.
 */

export interface RawEvent {
  line: number;
  props: ContentLine[];
}

export interface IcsParseProblem {
  /** Where the event starts in the file; null for a problem with the file as a whole. */
  line: number | null;
  summary: string;
  /** When the event starts, if that much could be read. */
  start: string | null;
  message: string;
}

/**
 * A problem with one event. Its message is a reference (electron/shared/messages.ts) that the import preview puts
 * into the coach's words.
 */
export class EventProblem extends Error {}

/** The top-level VEVENTs and VTIMEZONE locations; an event left open is reported, not read. */
export function splitComponents(lines: UnfoldedLine[]) {
  const events: RawEvent[] = [];
  const problems: IcsParseProblem[] = [];
  const timeZoneLocations = new Map<string, string>();
  const stack: string[] = [];
  let event: RawEvent | null = null;
  let timeZone: { tzid?: string; location?: string } | null = null;
  for (const raw of lines) {
    const content = parseContentLine(raw);
    // Lines that are not content lines (stray text from a broken exporter) are ignored.
    if (!content) continue;
    if (content.name === 'BEGIN') {
      const component = content.value.trim().toUpperCase();
      if (component === 'VEVENT' && stack.length === 1 && stack[0] === 'VCALENDAR') {
        event = { line: content.line, props: [] };
      }
      if (component === 'VTIMEZONE' && stack.length === 1) timeZone = {};
      stack.push(component);
      continue;
    }
    if (content.name === 'END') {
      const component = content.value.trim().toUpperCase();
      const at = stack.lastIndexOf(component);
      if (at < 0) continue;
      if (at !== stack.length - 1 && event) {
        problems.push(problem(event, null, msg('errors:calendar.problem.notClosed')));
        event = null;
      }
      stack.length = at;
      if (component === 'VEVENT' && event && stack.length === 1) {
        events.push(event);
        event = null;
      }
      if (component === 'VTIMEZONE' && timeZone) {
        if (timeZone.tzid && timeZone.location) timeZoneLocations.set(timeZone.tzid, timeZone.location);
        timeZone = null;
      }
      continue;
    }
    if (event && stack.length === 2 && stack[1] === 'VEVENT') event.props.push(content);
    if (timeZone && stack.length === 2 && stack[1] === 'VTIMEZONE') {
      if (content.name === 'TZID') timeZone.tzid = content.value.trim();
      if (content.name === 'X-LIC-LOCATION') timeZone.location = content.value.trim();
    }
  }
  if (event) problems.push(problem(event, null, msg('errors:calendar.problem.unfinished')));
  return { events, timeZoneLocations, problems };
}

export function prop(event: RawEvent, name: string): ContentLine | undefined {
  return event.props.find((p) => p.name === name);
}

export function props(event: RawEvent, name: string): ContentLine[] {
  return event.props.filter((p) => p.name === name);
}

export function text(event: RawEvent, name: string): string {
  const content = prop(event, name);
  return content ? unescapeText(content.value).trim() : '';
}

export function problem(event: RawEvent, start: string | number | null, message: string): IcsParseProblem {
  return {
    line: event.line,
    summary: text(event, 'SUMMARY'),
    start: typeof start === 'number' ? new Date(start).toISOString() : start,
    message,
  };
}

/** A value quoted in a message, cut short. */
export function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}
