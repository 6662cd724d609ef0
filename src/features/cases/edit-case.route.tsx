// Lazy route module: loaded when this case screen is first opened.
export { EditCasePage as Component } from './EditCasePage';
