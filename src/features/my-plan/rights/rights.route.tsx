// Lazy route module: loaded when /my-plan/rights is first opened.
export { RightsPage as Component } from './RightsPage';
