// Lazy route module for /admin/crisis-contacts: the crisis lines in use, and going back to the defaults.
export { CrisisContactsPage as Component } from './CrisisContactsPage';
