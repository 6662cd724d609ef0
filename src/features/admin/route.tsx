// Lazy route module: loaded when /admin is first opened.
export { AdminPage as Component } from './AdminPage';
