// Lazy route module: the practitioner's CollaboRATE figures.
export { FiguresPage as Component } from './FiguresPage';
