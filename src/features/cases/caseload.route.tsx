// Lazy route module: loaded when this case screen is first opened.
export { CaseloadPage as Component } from './CaseloadPage';
