// Lazy route module: CollaboRATE on the young person's or carer's phone.
export { AnswerPage as Component } from './AnswerPage';
