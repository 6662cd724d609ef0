/**
 * Bundled content as data (DESIGN.md §3), validated by the domain's schemas. Imports only
 * src/domain. Every item here is example content until a service has reviewed it.
 */
export * from './respect';
export * from './current-view';
export * from './groupings';
export * from './collaborate';
export * from './measures';
export * from './directory';
