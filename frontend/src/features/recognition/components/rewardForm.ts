import { blankToUndefined } from '../../../lib/forms';
import type { Reward, RewardInput, RewardKind } from '../api';

export interface RewardValues {
  participantId: string;
  kind: string;
  otherKind: string;
  title: string;
  awardedOn: string;
  awardedBy: string;
  documentRef: string;
  mentorshipId: string;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function rewardValues(reward: Reward | null, participantId = ''): RewardValues {
  return {
    participantId: reward?.participantId ?? participantId,
    kind: reward?.kind ?? '',
    otherKind: reward?.otherKind ?? '',
    title: reward?.title ?? '',
    awardedOn: reward?.awardedOn ?? today(),
    awardedBy: reward?.awardedBy ?? '',
    documentRef: reward?.documentRef ?? '',
    mentorshipId: reward?.mentorshipId ?? '',
  };
}

export interface RewardMessages {
  participant: string;
  kind: string;
  otherKind: string;
  title: string;
  awardedOn: string;
  future: string;
  awardedBy: string;
}

/** The rules the server applies, checked before sending so that the form says what is missing at once. */
export function validateReward(
  v: RewardValues,
  m: RewardMessages,
): Partial<Record<keyof RewardValues, string>> {
  const errors: Partial<Record<keyof RewardValues, string>> = {};
  if (!v.participantId) {
    errors.participantId = m.participant;
  }
  if (!v.kind) {
    errors.kind = m.kind;
  }
  if (v.kind === 'OTHER' && !v.otherKind.trim()) {
    errors.otherKind = m.otherKind;
  }
  if (!v.title.trim()) {
    errors.title = m.title;
  }
  if (!v.awardedOn) {
    errors.awardedOn = m.awardedOn;
  } else if (v.awardedOn > today()) {
    errors.awardedOn = m.future;
  }
  if (!v.awardedBy.trim()) {
    errors.awardedBy = m.awardedBy;
  }
  return errors;
}

export function toRewardInput(v: RewardValues, version?: number): RewardInput {
  return {
    participantId: v.participantId,
    kind: v.kind as RewardKind,
    otherKind: v.kind === 'OTHER' ? blankToUndefined(v.otherKind) : undefined,
    title: v.title.trim(),
    awardedOn: v.awardedOn,
    awardedBy: v.awardedBy.trim(),
    documentRef: blankToUndefined(v.documentRef),
    mentorshipId: v.mentorshipId || undefined,
    version,
  };
}
