import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap, type Schemas } from '../../lib/api/client';

export type Event = Schemas['Event'];
export type EventInput = Schemas['EventInput'];
export type EventKind = Schemas['EventKind'];
export type EventStatus = Schemas['EventStatus'];
export type Entrant = Schemas['Entrant'];
export type EntrantInput = Schemas['EntrantInput'];
export type EntrantKind = Schemas['EntrantKind'];
export type EntrantResult = Schemas['EntrantResult'];
export type ResultsInput = Schemas['ResultsInput'];

export const EVENT_KINDS: EventKind[] = ['COMPETITION', 'CONFERENCE', 'SEMINAR', 'FESTIVAL'];
export const EVENT_STATUSES: EventStatus[] = ['ANNOUNCED', 'COMPLETED', 'CANCELLED'];
export const ENTRANT_RESULTS: EntrantResult[] = ['WINNER', 'PRIZE_WINNER', 'PARTICIPANT'];

/** Where events are read and run: the caller's own school, municipality or region, as the address names it. */
export interface EventScope {
  level: 'schools' | 'municipalities' | 'regions';
  id: string;
}

export interface EventListParams {
  q?: string;
  kind?: EventKind;
  status?: EventStatus;
  from?: string;
  to?: string;
  page: number;
  size: number;
  sort?: string;
}

// The three levels share one contract: the school's paths type the calls, and the level goes into the address.
const list = (s: EventScope) => `/api/${s.level}/{id}/events` as '/api/schools/{id}/events';
const one = (s: EventScope) =>
  `/api/${s.level}/{id}/events/{eventId}` as '/api/schools/{id}/events/{eventId}';
const sub = <T extends string>(s: EventScope, rest: T) =>
  `/api/${s.level}/{id}/events/{eventId}/${rest}` as `/api/schools/{id}/events/{eventId}/${T}`;

export const eventKeys = {
  all: (s: EventScope) => ['events', s.level, s.id] as const,
  one: (s: EventScope, id: string) => [...eventKeys.all(s), 'one', id] as const,
  entrants: (s: EventScope, id: string) => [...eventKeys.one(s, id), 'entrants'] as const,
};

export function eventsQuery(scope: EventScope, params: EventListParams) {
  return queryOptions({
    queryKey: [...eventKeys.all(scope), params],
    queryFn: () => unwrap(api.GET(list(scope), { params: { path: { id: scope.id }, query: params } })),
    placeholderData: keepPreviousData,
  });
}

export function eventQuery(scope: EventScope, id: string) {
  return queryOptions({
    queryKey: eventKeys.one(scope, id),
    queryFn: () => unwrap(api.GET(one(scope), { params: { path: { id: scope.id, eventId: id } } })),
  });
}

export function entrantsQuery(scope: EventScope, id: string) {
  return queryOptions({
    queryKey: eventKeys.entrants(scope, id),
    queryFn: () =>
      unwrap(api.GET(sub(scope, 'entrants'), { params: { path: { id: scope.id, eventId: id } } })),
  });
}

export const useEvents = (scope: EventScope, params: EventListParams) => useQuery(eventsQuery(scope, params));
export const useEvent = (scope: EventScope, id: string) => useQuery(eventQuery(scope, id));
export const useEntrants = (scope: EventScope, id: string) => useQuery(entrantsQuery(scope, id));

function useEventMutation<V, R>(scope: EventScope, fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    // A result gives or takes back rewards, which the school's lists show.
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: eventKeys.all(scope) }),
        qc.invalidateQueries({ queryKey: ['school'] }),
      ]),
  });
}

export function useSaveEvent(scope: EventScope) {
  return useEventMutation(scope, ({ id, body }: { id?: string; body: EventInput }) =>
    id
      ? unwrap(api.PUT(one(scope), { params: { path: { id: scope.id, eventId: id } }, body }))
      : unwrap(api.POST(list(scope), { params: { path: { id: scope.id } }, body })),
  );
}

export function useCancelEvent(scope: EventScope) {
  return useEventMutation(scope, (e: Event) =>
    unwrap(
      api.POST(sub(scope, 'cancel'), {
        params: { path: { id: scope.id, eventId: e.id } },
        body: { version: e.version },
      }),
    ),
  );
}

export function useDeleteEvent(scope: EventScope) {
  return useEventMutation(scope, (eventId: string) =>
    unwrap(api.DELETE(one(scope), { params: { path: { id: scope.id, eventId } } })),
  );
}

export function useAddEntrant(scope: EventScope, eventId: string) {
  return useEventMutation(scope, (body: EntrantInput) =>
    unwrap(api.POST(sub(scope, 'entrants'), { params: { path: { id: scope.id, eventId } }, body })),
  );
}

export function useRemoveEntrant(scope: EventScope, eventId: string) {
  return useEventMutation(scope, (entrantId: string) =>
    unwrap(
      api.DELETE(sub(scope, 'entrants/{entrantId}'), {
        params: { path: { id: scope.id, eventId, entrantId } },
      }),
    ),
  );
}

export function useRecordResults(scope: EventScope, eventId: string) {
  return useEventMutation(scope, (body: ResultsInput) =>
    unwrap(api.PUT(sub(scope, 'results'), { params: { path: { id: scope.id, eventId } }, body })),
  );
}
