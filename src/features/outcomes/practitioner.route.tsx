// Lazy route module: the practitioner's service view of outcomes.
export { PractitionerOutcomesPage as Component } from './PractitionerOutcomesPage';
