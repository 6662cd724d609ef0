// Lazy route module for /admin/signposting: anonymous counts of signposting, week by week.
export { SignpostingCountsPage as Component } from './SignpostingCountsPage';
