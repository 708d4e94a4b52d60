/** The pages of events, in the one chunk the router loads when one of them is first opened. */
export { EventPage } from './EventPage';
export { EventsPage } from './EventsPage';
