// Lazy route module: loaded when a session is first opened.
export { SessionPage as Component } from './SessionPage';
