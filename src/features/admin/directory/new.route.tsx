// Lazy route module for /admin/directory/new: adding one of the organisation's resources.
export { NewResourcePage as Component } from './NewResourcePage';
