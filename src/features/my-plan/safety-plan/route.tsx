// Lazy route module: loaded when /my-plan/safety-plan is first opened.
export { MySafetyPlanPage as Component } from './MySafetyPlanPage';
