// Lazy route module: loaded when /my-plan/notes is first opened.
export { MyNotesPage as Component } from './MyNotesPage';
