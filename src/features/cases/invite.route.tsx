// Lazy route module: loaded when this case screen is first opened.
export { InvitePage as Component } from './InvitePage';
