import type { MatchProposal, MatchRun, MatchWeights } from '../api';
import { CRITERIA, WEIGHT_OF, type Criterion } from '../api';

/** Each criterion's share of a pair's points, in whole percent (what the weights mean to the curator). */
export function weightShares(w: MatchWeights): Record<Criterion, number> {
  const sum = CRITERIA.reduce((acc, c) => acc + w[WEIGHT_OF[c]], 0);
  const shares = {} as Record<Criterion, number>;
  for (const c of CRITERIA) {
    shares[c] = sum === 0 ? 0 : Math.round((100 * w[WEIGHT_OF[c]]) / sum);
  }
  return shares;
}

/** The run's total score against the best these many pairs could score, in whole percent. */
export function qualityPercent(run: Pick<MatchRun, 'matched' | 'totalScore' | 'maxPairScore'>): number {
  const best = run.matched * run.maxPairScore;
  return best === 0 ? 0 : Math.round((100 * run.totalScore) / best);
}

/** A weekly slot from the explanation ("TUESDAY_AFTERNOON") as "вт, день". */
export function slotLabel(slot: string, t: (key: string) => string): string {
  const cut = slot.lastIndexOf('_');
  return cut < 0 ? slot : `${t(`days.${slot.slice(0, cut)}`)}, ${t(`dayParts.${slot.slice(cut + 1)}`)}`;
}

export type SwapCheck =
  | { ok: true; first: MatchProposal; second: MatchProposal }
  | { ok: false; reason: 'swapNeedsTwo' | 'swapSameMentor' };

/** Two pending proposals of different mentors can exchange their mentees; anything else cannot. */
export function checkSwap(selected: MatchProposal[]): SwapCheck {
  const [first, second] = selected;
  if (selected.length !== 2 || !first || !second || selected.some((p) => p.status !== 'PROPOSED')) {
    return { ok: false, reason: 'swapNeedsTwo' };
  }
  if (first.mentor.id === second.mentor.id) {
    return { ok: false, reason: 'swapSameMentor' };
  }
  return { ok: true, first, second };
}

/** An ISO date some whole months after another, as the term of a pair is counted. */
export function plusMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1 + months, d ?? 1));
  return date.toISOString().slice(0, 10);
}
