import type { PracticeParticipant, Publication, PublicationConsentInput } from '../api';
import { today } from './rewardForm';

export interface ConsentValues {
  publication: string;
  givenBy: string;
  giverName: string;
  givenOn: string;
  documentRef: string;
}

/** A new consent as it is usually given: by the person, or by a parent for a minor. */
export function consentValues(p: PracticeParticipant): ConsentValues {
  const c = p.consent && !p.consent.withdrawnOn ? p.consent : undefined;
  return {
    publication: c?.publication ?? 'NAME',
    givenBy: c?.givenBy ?? (p.minor ? 'PARENT' : 'SELF'),
    giverName: c?.giverName ?? (p.minor ? '' : p.fullName),
    givenOn: c?.givenOn ?? today(),
    documentRef: c?.documentRef ?? '',
  };
}

export interface ConsentMessages {
  giverName: string;
  givenOn: string;
  documentRef: string;
  minorSelf: string;
  adultOther: string;
}

/** The rule the server applies: a minor through a parent or guardian, an adult personally. */
export function validateConsent(
  v: ConsentValues,
  minor: boolean | undefined,
  m: ConsentMessages,
): Partial<Record<keyof ConsentValues, string>> {
  const errors: Partial<Record<keyof ConsentValues, string>> = {};
  if (minor === true && v.givenBy === 'SELF') {
    errors.givenBy = m.minorSelf;
  }
  if (minor === false && v.givenBy !== 'SELF') {
    errors.givenBy = m.adultOther;
  }
  if (!v.giverName.trim()) {
    errors.giverName = m.giverName;
  }
  if (!v.givenOn) {
    errors.givenOn = m.givenOn;
  }
  if (!v.documentRef.trim()) {
    errors.documentRef = m.documentRef;
  }
  return errors;
}

export function toConsentInput(v: ConsentValues): PublicationConsentInput {
  return {
    publication: v.publication as Publication,
    givenBy: v.givenBy as PublicationConsentInput['givenBy'],
    giverName: v.giverName.trim(),
    givenOn: v.givenOn,
    documentRef: v.documentRef.trim(),
  };
}
