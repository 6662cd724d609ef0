export { AccountPage as Component } from './AccountPage';
