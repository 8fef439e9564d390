/** The routine builder's rules as pure functions: build, check, share. */
export * from './types';
export { buildPlan, swapOptions, nextSwap, addSwap } from './build';
export { check } from './check';
export { planWeek, checkWeek } from './week';
export { encodeRequest, decodeRequest, type DecodedRequest } from './url';
export { createRandom, randomSeed } from './random';
export { toRoutineMove, normalizeInputs } from './model';
export * from './time';
export * from './text';
export * from "./format";
