// Lazy route module for /admin/directory/:resourceId: checking, changing or retiring a resource.
export { EditResourcePage as Component } from './EditResourcePage';
