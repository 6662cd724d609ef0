// Lazy route module for /admin/crisis-contacts/change: the editor for the area's crisis lines.
export { ChangeCrisisContactsPage as Component } from './ChangeCrisisContactsPage';
