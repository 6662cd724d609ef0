// Lazy route module for /admin/directory: the organisation's directory of support.
export { DirectoryPage as Component } from './DirectoryPage';
