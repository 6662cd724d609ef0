// Lazy route module: loaded when /my-plan/sharing is first opened.
export { SharingPage as Component } from './SharingPage';
