/** The monitoring pages, one chunk for all: whoever opens one dashboard usually drills into the next. */
export { MonitoringPage, MunicipalityMonitoringPage, SchoolMonitoringPage } from './MonitoringPage';
export { TargetsPage } from './TargetsPage';
