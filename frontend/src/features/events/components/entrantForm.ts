import type { EntrantInput, EntrantKind } from '../api';

export interface EntrantValues {
  kind: EntrantKind;
  targetId: string;
  nominationId: string;
  /** '' when no consent to publish the name was given. */
  publication: string;
  /** Who gave the consent: the mentor, or for a minor (a pupil mentoring a pupil) a parent or guardian. */
  givenBy: 'SELF' | 'PARENT' | 'GUARDIAN';
  giverName: string;
  givenOn: string;
  documentRef: string;
}

export interface EntrantMessages {
  who: string;
  giverName: string;
  givenOn: string;
  documentRef: string;
}

export function entrantValues(kind: EntrantKind): EntrantValues {
  return {
    kind,
    targetId: '',
    nominationId: '',
    publication: '',
    givenBy: 'SELF',
    giverName: '',
    givenOn: '',
    documentRef: '',
  };
}

/** A consent is asked only for a person (a mentor, a pair's mentor), and then in full. */
export function validateEntrant(v: EntrantValues, m: EntrantMessages): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.targetId) {
    errors.targetId = m.who;
  }
  if (v.kind !== 'PRACTICE' && v.publication && v.publication !== 'ANONYMOUS') {
    if (!v.giverName.trim()) {
      errors['consent.giverName'] = m.giverName;
    }
    if (!v.givenOn) {
      errors['consent.givenOn'] = m.givenOn;
    }
    if (!v.documentRef.trim()) {
      errors['consent.documentRef'] = m.documentRef;
    }
  }
  return errors;
}

export function toEntrantInput(v: EntrantValues): EntrantInput {
  const target = {
    MENTOR: { participantId: v.targetId },
    MENTORSHIP: { mentorshipId: v.targetId },
    PRACTICE: { practiceId: v.targetId },
  }[v.kind];
  const named = v.kind !== 'PRACTICE' && v.publication && v.publication !== 'ANONYMOUS';
  return {
    kind: v.kind,
    ...target,
    nominationId: v.nominationId || undefined,
    consent: named
      ? {
          publication: v.publication as 'NAME' | 'NAME_AND_PHOTO',
          givenBy: v.givenBy,
          giverName: v.giverName.trim(),
          givenOn: v.givenOn,
          documentRef: v.documentRef.trim(),
        }
      : undefined,
  };
}
