/** The routine builder's rules as pure functions: build, check, share. */
export * from './types';
export { buildPlan, swapOptions, nextSwap, setSwap } from './build';
export { check, checkWeek } from './check';
export { planWeek } from './week';
export { encodeRequest, decodeRequest, type DecodedRequest } from './url';
export { createRandom, randomSeed } from './random';
export { toRoutineMove, normalizeInputs } from './model';
export * from './time';
export * from './text';
export * from './format';
