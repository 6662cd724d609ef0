/**
 * The public API of the domain layer: schemas, types and pure rules shared by the app and
 * the server (DESIGN.md §2). Import from here, not from the files inside.
 */
// First, before anything that parses: no eval for zod in a browser (see the file).
import './zod-jitless';
export * from './ids';
export * from './hlc';
export * from './record';
export * from './merge';
export * from './mutation';
export * from './validation';
export * from './kind';
export * from './registry';
export * from './kinds/fields';
export * from './kinds/vocabulary';
export * from './kinds/organisation';
export * from './kinds/user';
export * from './kinds/case';
export * from './kinds/case-membership';
export * from './kinds/session';
export * from './kinds/respect-item';
export * from './kinds/grouping-decision';
export * from './kinds/grouping-history-entry';
export * from './kinds/current-view';
export * from './kinds/option-grid';
export * from './kinds/option-grid-decision';
export * from './kinds/goal';
export * from './kinds/goal-rating';
export * from './kinds/outcome-measure-entry';
export * from './kinds/collaborate-response';
export * from './kinds/safety-plan';
export * from './kinds/safety-plan-item';
export * from './kinds/backup-team-action';
export * from './kinds/safety-plan-version';
export * from './kinds/safety-plan-share';
export * from './kinds/crisis-contact-list';
export * from './kinds/sharing-settings';
export * from './kinds/note';
export * from './kinds/directory-resource';
export * from './kinds/signposting-event';
export * from './kinds/audit-event';
export * from './sync-protocol';
export * from './account';
export * from './admin-forms';
export * from './respect';
export * from './best-practice';
export * from './current-view-content';
export * from './grouping-suggestion';
export * from './grouping-content';
export * from './option-grid-catalogue';
export * from './collaborate-score';
export * from './goal-progress';
export * from './service-outcomes';
export * from './goal-summary';
export * from './measure-catalogue';
export * from './safety-plan';
export * from './audit-summary';
export * from './signposting';
