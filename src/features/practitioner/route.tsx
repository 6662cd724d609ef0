// Lazy route module (react-router `lazy`): loaded when /practitioner is first opened.
export { PractitionerHome as Component } from './PractitionerHome';
