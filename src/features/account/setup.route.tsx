export { SetupPage as Component } from './SetupPage';
