// Lazy route module: loaded when /practitioner/cases/:caseId/sharing is first opened.
export { CaseSharingPage as Component } from './CaseSharingPage';
