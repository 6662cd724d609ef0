// Lazy route module: loaded when /support/card is first opened. Needs no account or network.
export { CardPage as Component } from './CardPage';
