/** The pages of recognition, in the one chunk the router loads when one of them is first opened. */
export { BestPracticePage } from './BestPracticePage';
export { BestPracticesPage } from './BestPracticesPage';
export { PublishedPracticePage } from './PublishedPracticePage';
export { PublishedPracticesPage } from './PublishedPracticesPage';
export { RewardsPage } from './RewardsPage';
