import { describe, expect, it } from 'vitest';

import i18n from '../../../lib/i18n';
import type { MatchProposal } from '../api';
import { DEFAULT_WEIGHTS } from '../api';
import { checkSwap, plusMonths, qualityPercent, slotLabel, weightShares } from './runLogic';

function proposal(id: string, mentor: string, status: MatchProposal['status'] = 'PROPOSED'): MatchProposal {
  return {
    id,
    status,
    mentor: { id: mentor, fullName: `Наставник ${mentor}` },
    mentee: { id: `e-${id}`, fullName: `Наставляемый ${id}` },
    score: 500,
    swapped: false,
  };
}

describe('what the run page computes from a run', () => {
  it('shows each weight as its share of a pair’s points', () => {
    expect(weightShares(DEFAULT_WEIGHTS)).toEqual({
      REQUESTS: 40,
      DIFFICULTIES: 10,
      AVAILABILITY: 10,
      EXPERIENCE: 10,
      MENTEE_PREFERENCE: 15,
      MENTOR_PREFERENCE: 15,
    });
    const onlyRequests = { ...DEFAULT_WEIGHTS, difficulties: 0, availability: 0, experience: 0 };
    expect(weightShares({ ...onlyRequests, menteePreference: 0, mentorPreference: 0 }).REQUESTS).toBe(100);
    expect(
      weightShares({ ...onlyRequests, requests: 0, menteePreference: 0, mentorPreference: 0 }).REQUESTS,
    ).toBe(0);
  });

  it('measures the total score against the best the matched pairs could score', () => {
    expect(qualityPercent({ matched: 4, totalScore: 3000, maxPairScore: 1000 })).toBe(75);
    expect(qualityPercent({ matched: 0, totalScore: 0, maxPairScore: 1000 })).toBe(0);
  });

  it('names the common time slots the way people say them', () => {
    const t = (k: string) => i18n.t(k);
    expect(slotLabel('TUESDAY_AFTERNOON', t)).toBe('вт, день');
    expect(slotLabel('SATURDAY_MORNING', t)).toBe('сб, утро');
  });

  it('lets exactly two pending proposals of different mentors swap their mentees', () => {
    expect(checkSwap([proposal('1', 'a'), proposal('2', 'b')]).ok).toBe(true);
    expect(checkSwap([proposal('1', 'a')])).toEqual({ ok: false, reason: 'swapNeedsTwo' });
    expect(checkSwap([proposal('1', 'a'), proposal('2', 'b'), proposal('3', 'c')])).toEqual({
      ok: false,
      reason: 'swapNeedsTwo',
    });
    expect(checkSwap([proposal('1', 'a'), proposal('2', 'b', 'ACCEPTED')])).toEqual({
      ok: false,
      reason: 'swapNeedsTwo',
    });
    expect(checkSwap([proposal('1', 'a'), proposal('2', 'a')])).toEqual({
      ok: false,
      reason: 'swapSameMentor',
    });
  });

  it('counts a pair’s default term in whole months', () => {
    expect(plusMonths('2026-09-01', 9)).toBe('2027-06-01');
    expect(plusMonths('2026-01-15', 3)).toBe('2026-04-15');
  });
});
