/** The follow-along player's logic (issue 13): a plan's steps, the state reducer, words, storage. */
export * from './steps';
export * from './state';
export * from './reduce';
export * from './words';
export * from './session';
export * from './saved';
