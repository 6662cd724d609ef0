// Lazy route module for /admin/option-grids/new: the editor, empty.
export { NewGridPage as Component } from './NewGridPage';
