import type { Event, EventInput, EventKind } from '../api';

export interface EventValues {
  kind: string;
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  /** The nominations' titles in order; a kept one keeps its id by its title. */
  nominations: string[];
}

export interface EventMessages {
  kind: string;
  title: string;
  startsOn: string;
  endsOn: string;
  endsBeforeStart: string;
}

export function eventValues(event: Event | null): EventValues {
  return {
    kind: event?.kind ?? '',
    title: event?.title ?? '',
    description: event?.description ?? '',
    startsOn: event?.startsOn ?? '',
    endsOn: event?.endsOn ?? '',
    nominations: event?.nominations.map((n) => n.title) ?? [],
  };
}

/** The same rules as the server's, so that most mistakes are shown before sending. */
export function validateEvent(v: EventValues, m: EventMessages): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.kind) {
    errors.kind = m.kind;
  }
  if (!v.title.trim()) {
    errors.title = m.title;
  }
  if (!v.startsOn) {
    errors.startsOn = m.startsOn;
  }
  if (!v.endsOn) {
    errors.endsOn = m.endsOn;
  } else if (v.startsOn && v.endsOn < v.startsOn) {
    errors.endsOn = m.endsBeforeStart;
  }
  return errors;
}

export function toEventInput(v: EventValues, event: Event | null): EventInput {
  const ids = new Map(event?.nominations.map((n) => [n.title, n.id]) ?? []);
  return {
    kind: v.kind as EventKind,
    title: v.title.trim(),
    description: v.description.trim(),
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    nominations: v.nominations.map((title) => ({ id: ids.get(title), title })),
    version: event?.version,
  };
}
