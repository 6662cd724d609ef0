// Lazy route module for /admin/option-grids/:gridId: one version, and what to do with it.
export { GridPage as Component } from './GridPage';
