// Lazy route module: loaded when /my-plan/safety-plan/print is first opened.
export { MyPrintPage as Component } from './MyPrintPage';
