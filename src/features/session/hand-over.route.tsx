// Lazy route module: hand-over mode, the young person's part of a session.
export { HandOverPage as Component } from './HandOverPage';
