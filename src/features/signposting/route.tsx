// Lazy route module: loaded when /support is first opened. Needs no account.
export { SupportHome as Component } from './SupportHome';
