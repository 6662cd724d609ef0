// Lazy route module: loaded when /practitioner/cases/:caseId/safety-plan/print is first opened.
export { CasePrintPage as Component } from './CasePrintPage';
