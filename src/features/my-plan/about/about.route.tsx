// Lazy route module: loaded when /my-plan/about is first opened.
export { AboutPage as Component } from './AboutPage';
