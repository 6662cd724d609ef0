// Lazy route module: loaded when this case screen is first opened.
export { NewCasePage as Component } from './NewCasePage';
