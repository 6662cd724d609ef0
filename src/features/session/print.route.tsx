// Lazy route module: the printable session summary.
export { PrintPage as Component } from './PrintPage';
