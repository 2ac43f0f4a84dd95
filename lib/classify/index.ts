export { classify } from './classify';
export * from './verdict';
