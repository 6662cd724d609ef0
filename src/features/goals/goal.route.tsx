// Lazy route module: loaded when a goal's page is first opened.
export { GoalPage as Component } from './GoalPage';
