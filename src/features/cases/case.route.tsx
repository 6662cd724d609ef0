// Lazy route module: loaded when this case screen is first opened.
export { CasePage as Component } from './CasePage';
