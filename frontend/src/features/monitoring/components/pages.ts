/**
 * The dashboards, one chunk for all: whoever opens one usually drills into the next. The targets' form has its own.
 */
export { MonitoringPage, MunicipalityMonitoringPage, SchoolMonitoringPage } from './MonitoringPage';
