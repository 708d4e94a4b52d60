import type { Campaign, MunicipalityReportRow, ReportStatus, SchoolReportRow } from './api';

/**
 * The campaign a home page follows: of those whose due date has not passed, the one due first; when every one is
 * past due, the latest, whose overdue reports still wait. Dates are ISO days, so they compare as text.
 */
export function currentCampaign(campaigns: Campaign[], today: string): Campaign | undefined {
  const open = campaigns.filter((c) => c.dueOn >= today).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return open[0] ?? [...campaigns].sort((a, b) => b.dueOn.localeCompare(a.dueOn))[0];
}

/** One report on the home page's list: a municipality's for the region, a school's for the municipality. */
export interface StatusRow {
  id: string;
  name: string;
  status?: ReportStatus;
  late: boolean;
  /** The report's page; none while its owner has not begun it. */
  to?: string;
  /** A municipality's schools, for the region. */
  schools?: MunicipalityReportRow['schools'];
}

export function municipalityRows(campaignId: string, rows: MunicipalityReportRow[]): StatusRow[] {
  return rows.map((m) => ({
    id: m.municipalityId,
    name: m.municipalityName,
    status: m.status,
    late: m.late,
    to: m.reportId ? `/reports/${campaignId}/municipalities/${m.municipalityId}` : undefined,
    schools: m.schools,
  }));
}

export function schoolRows(campaignId: string, rows: SchoolReportRow[]): StatusRow[] {
  return rows.map((s) => ({
    id: s.schoolId,
    name: s.schoolName,
    status: s.status,
    late: s.late,
    to: s.reportId ? `/reports/${campaignId}/schools/${s.schoolId}` : undefined,
  }));
}

export interface StatusCounts {
  submitted: number;
  accepted: number;
  returned: number;
  notSubmitted: number;
  overdue: number;
}

/** How many reports stand where: waiting for a decision, accepted, returned, not sent (of those, overdue). */
export function statusCounts(rows: StatusRow[]): StatusCounts {
  const count = (p: (r: StatusRow) => boolean) => rows.filter(p).length;
  return {
    submitted: count((r) => r.status === 'SUBMITTED'),
    accepted: count((r) => r.status === 'ACCEPTED'),
    returned: count((r) => r.status === 'RETURNED'),
    notSubmitted: count((r) => r.status !== 'SUBMITTED' && r.status !== 'ACCEPTED'),
    overdue: count((r) => r.late),
  };
}
