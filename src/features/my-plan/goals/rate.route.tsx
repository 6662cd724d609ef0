// Lazy route module: rating a goal on the young person's or carer's phone.
export { RatePage as Component } from './RatePage';
