/** The pages of the mentor registry, in the one chunk the router loads when one of them is first opened. */
export { NominationPage } from './NominationPage';
export { NominationsPage } from './NominationsPage';
export { RegistryPage } from './RegistryPage';
export { ReviewPage } from './ReviewPage';
