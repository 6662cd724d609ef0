export { FamilySignInPage as Component } from './FamilySignInPage';
