// Lazy route module: loaded when /my-plan is first opened.
export { MyPlanHome as Component } from './MyPlanHome';
