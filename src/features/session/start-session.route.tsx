// Lazy route module: loaded when a session is started or continued from a case.
export { StartSessionPage as Component } from './StartSessionPage';
