import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap, type Schemas } from '../../lib/api/client';
import { saveFile } from '../../lib/download';

export type Campaign = Schemas['Campaign'];
export type CampaignInput = Schemas['CampaignInput'];
export type Report = Schemas['MonitoringReport'];
export type ReportStatus = Schemas['ReportStatus'];
export type ReportNote = Schemas['ReportNote'];
export type SchoolReportRow = Schemas['SchoolReportRow'];
export type MunicipalityReportRow = Schemas['MunicipalityReportRow'];

export const NOTE_FIELDS = ['done', 'results', 'problems', 'plans', 'strengths', 'weaknesses'] as const;

/** Whose report it is: a school's goes to its municipality, a municipality's to the region. */
export interface Owner {
  kind: 'school' | 'municipality';
  id: string;
}

export const reportingKeys = {
  all: ['reporting'] as const,
  campaigns: (regionId: string) => [...reportingKeys.all, 'campaigns', regionId] as const,
  campaign: (campaignId: string) => [...reportingKeys.all, 'campaign', campaignId] as const,
  report: (owner: Owner, campaignId: string) =>
    [...reportingKeys.campaign(campaignId), owner.kind, owner.id] as const,
  schools: (municipalityId: string, campaignId: string) =>
    [...reportingKeys.campaign(campaignId), 'schools', municipalityId] as const,
  summary: (regionId: string, campaignId: string) =>
    [...reportingKeys.campaign(campaignId), 'summary', regionId] as const,
};

export const campaignsQuery = (regionId: string) =>
  queryOptions({
    queryKey: reportingKeys.campaigns(regionId),
    queryFn: () => unwrap(api.GET('/api/regions/{regionId}/campaigns', { params: { path: { regionId } } })),
  });

export const campaignQuery = (regionId: string, campaignId: string) =>
  queryOptions({
    queryKey: [...reportingKeys.campaign(campaignId), 'self'],
    queryFn: () =>
      unwrap(
        api.GET('/api/regions/{regionId}/campaigns/{campaignId}', {
          params: { path: { regionId, campaignId } },
        }),
      ),
  });

export const reportQuery = (owner: Owner, campaignId: string) =>
  queryOptions({
    queryKey: reportingKeys.report(owner, campaignId),
    queryFn: () =>
      owner.kind === 'school'
        ? unwrap(
            api.GET('/api/schools/{schoolId}/campaigns/{campaignId}/report', {
              params: { path: { schoolId: owner.id, campaignId } },
            }),
          )
        : unwrap(
            api.GET('/api/municipalities/{municipalityId}/campaigns/{campaignId}/report', {
              params: { path: { municipalityId: owner.id, campaignId } },
            }),
          ),
  });

export const schoolReportsQuery = (municipalityId: string, campaignId: string) =>
  queryOptions({
    queryKey: reportingKeys.schools(municipalityId, campaignId),
    queryFn: () =>
      unwrap(
        api.GET('/api/municipalities/{municipalityId}/campaigns/{campaignId}/reports', {
          params: { path: { municipalityId, campaignId } },
        }),
      ),
  });

export const summaryQuery = (regionId: string, campaignId: string) =>
  queryOptions({
    queryKey: reportingKeys.summary(regionId, campaignId),
    queryFn: () =>
      unwrap(
        api.GET('/api/regions/{regionId}/campaigns/{campaignId}/summary', {
          params: { path: { regionId, campaignId } },
        }),
      ),
  });

/** Any change of a report can change the lists above it, so the whole campaign is read again. */
function useCampaignMutation<V, R>(campaignId: string, fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: reportingKeys.campaign(campaignId) }),
  });
}

export function useCreateCampaign(regionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CampaignInput) =>
      unwrap(api.POST('/api/regions/{regionId}/campaigns', { params: { path: { regionId } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: reportingKeys.campaigns(regionId) }),
  });
}

export function useSaveNote(owner: Owner, campaignId: string) {
  return useCampaignMutation(campaignId, (body: Schemas['ReportNoteInput']) =>
    owner.kind === 'school'
      ? unwrap(
          api.PUT('/api/schools/{schoolId}/campaigns/{campaignId}/report', {
            params: { path: { schoolId: owner.id, campaignId } },
            body,
          }),
        )
      : unwrap(
          api.PUT('/api/municipalities/{municipalityId}/campaigns/{campaignId}/report', {
            params: { path: { municipalityId: owner.id, campaignId } },
            body,
          }),
        ),
  );
}

export function useSubmitReport(owner: Owner, campaignId: string) {
  return useCampaignMutation(campaignId, (version: number) =>
    owner.kind === 'school'
      ? unwrap(
          api.POST('/api/schools/{schoolId}/campaigns/{campaignId}/report/submit', {
            params: { path: { schoolId: owner.id, campaignId } },
            body: { version },
          }),
        )
      : unwrap(
          api.POST('/api/municipalities/{municipalityId}/campaigns/{campaignId}/report/submit', {
            params: { path: { municipalityId: owner.id, campaignId } },
            body: { version },
          }),
        ),
  );
}

export type Decision = 'accept' | 'return';

/** The level above decides: the municipality on a school's report, the region on a municipality's. */
export function useDecide(report: Report) {
  const campaignId = report.campaign.id;
  return useCampaignMutation(
    campaignId,
    ({ decision, comment }: { decision: Decision; comment?: string }) => {
      const body = { version: report.version, comment };
      const reportId = report.id;
      if (report.level === 'SCHOOL') {
        const params = { path: { municipalityId: report.municipalityId, campaignId, reportId } };
        return decision === 'accept'
          ? unwrap(
              api.POST(
                '/api/municipalities/{municipalityId}/campaigns/{campaignId}/reports/{reportId}/accept',
                {
                  params,
                  body,
                },
              ),
            )
          : unwrap(
              api.POST(
                '/api/municipalities/{municipalityId}/campaigns/{campaignId}/reports/{reportId}/return',
                {
                  params,
                  body,
                },
              ),
            );
      }
      const params = { path: { regionId: report.campaign.regionId, campaignId, reportId } };
      return decision === 'accept'
        ? unwrap(
            api.POST('/api/regions/{regionId}/campaigns/{campaignId}/reports/{reportId}/accept', {
              params,
              body,
            }),
          )
        : unwrap(
            api.POST('/api/regions/{regionId}/campaigns/{campaignId}/reports/{reportId}/return', {
              params,
              body,
            }),
          );
    },
  );
}

export function downloadReport(owner: Owner, campaignId: string, format: 'xlsx' | 'docx', fileName: string) {
  const call =
    owner.kind === 'school'
      ? api.GET(`/api/schools/{schoolId}/campaigns/{campaignId}/report/${format}`, {
          params: { path: { schoolId: owner.id, campaignId } },
          parseAs: 'blob',
        })
      : api.GET(`/api/municipalities/{municipalityId}/campaigns/{campaignId}/report/${format}`, {
          params: { path: { municipalityId: owner.id, campaignId } },
          parseAs: 'blob',
        });
  return saveFile(call, `${fileName}.${format}`);
}

export function useCampaigns(regionId: string) {
  return useQuery(campaignsQuery(regionId));
}

export function useReport(owner: Owner, campaignId: string) {
  return useQuery(reportQuery(owner, campaignId));
}

/** The comment of the latest return: what the level above asked to fix. */
export function returnComment(report: Report): string | undefined {
  return [...report.history].reverse().find((e) => e.action === 'RETURNED')?.comment;
}
