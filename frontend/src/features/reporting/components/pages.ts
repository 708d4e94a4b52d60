/** The pages of the monitoring reports, in the one chunk the router loads when one of them is first opened. */
export { CampaignPage } from './CampaignPage';
export { CampaignsPage } from './CampaignsPage';
export { ReportPage } from './ReportPage';
