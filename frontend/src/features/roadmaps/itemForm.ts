import { blankToUndefined } from '../../lib/forms';
import type { DeadlineKind, ItemStatus, RoadmapItem, RoadmapItemInput } from './api';

/** A deadline as the form holds it: a kind of the API's, or words as roadmaps write them. */
export type DeadlineChoice = DeadlineKind | 'TEXT';

export interface ItemValues {
  stage: string;
  activity: string;
  content: string;
  // Nested as the API's DeadlineInput, so that its field errors ("deadline.value") land on these inputs.
  deadline: { kind: DeadlineChoice; value: string; from: string; text: string };
  responsible: string;
  result: string;
  resultDocument: string;
  status: ItemStatus;
  completionNote: string;
  evidenceUrl: string;
  doneOn: string;
}

/** Kinds whose deadline has a value: a day or a month. */
export function hasValue(kind: DeadlineChoice): kind is 'DATE' | 'MONTH' {
  return kind === 'DATE' || kind === 'MONTH';
}

export function itemValues(item: RoadmapItem | null): ItemValues {
  return {
    stage: item ? String(item.stage) : '',
    activity: item?.activity ?? '',
    content: item?.content ?? '',
    deadline: {
      kind: item?.deadline.kind ?? 'DATE',
      value: item?.deadline.value ?? '',
      from: item?.deadline.from ?? '',
      text: '',
    },
    responsible: item?.responsible ?? '',
    result: item?.result ?? '',
    resultDocument: item?.resultDocument ?? '',
    status: item?.status ?? 'PLANNED',
    completionNote: item?.completionNote ?? '',
    evidenceUrl: item?.evidenceUrl ?? '',
    doneOn: item?.doneOn ?? '',
  };
}

export function toItemInput(v: ItemValues, version?: number): RoadmapItemInput {
  const { kind, value, from, text } = v.deadline;
  return {
    stage: Number(v.stage),
    activity: v.activity.trim(),
    content: blankToUndefined(v.content),
    deadline:
      kind === 'TEXT'
        ? { text: blankToUndefined(text) }
        : {
            kind,
            value: hasValue(kind) ? blankToUndefined(value) : undefined,
            from: kind === 'MONTH' ? blankToUndefined(from) : undefined,
          },
    responsible: blankToUndefined(v.responsible),
    result: blankToUndefined(v.result),
    resultDocument: blankToUndefined(v.resultDocument),
    status: v.status,
    completionNote: blankToUndefined(v.completionNote),
    evidenceUrl: blankToUndefined(v.evidenceUrl),
    // A done item's day; the server takes today when it is left empty, and refuses one on any other status.
    doneOn: v.status === 'DONE' ? blankToUndefined(v.doneOn) : undefined,
    version,
  };
}

/** The item as it is, in another status: what a status change from the table sends. */
export function withStatus(item: RoadmapItem, status: ItemStatus): RoadmapItemInput {
  return toItemInput({ ...itemValues(item), status, doneOn: '' }, item.version);
}

export interface ItemMessages {
  stage: string;
  activity: string;
  value: string;
  text: string;
}

/** What the form can tell before sending; the server checks the rest and names the field. */
export function validateItem(v: ItemValues, m: ItemMessages): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.stage) {
    errors.stage = m.stage;
  }
  if (!v.activity.trim()) {
    errors.activity = m.activity;
  }
  if (hasValue(v.deadline.kind) && !v.deadline.value) {
    errors['deadline.value'] = m.value;
  }
  if (v.deadline.kind === 'TEXT' && !v.deadline.text.trim()) {
    errors['deadline.text'] = m.text;
  }
  return errors;
}
