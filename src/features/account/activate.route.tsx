export { ActivatePage as Component } from './ActivatePage';
