// Lazy route module: the service view of outcomes across the organisation (admins).
export { AdminOutcomesPage as Component } from './AdminOutcomesPage';
