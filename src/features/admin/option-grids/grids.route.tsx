// Lazy route module for /admin/option-grids: the list of every grid's latest version.
export { GridsPage as Component } from './GridsPage';
