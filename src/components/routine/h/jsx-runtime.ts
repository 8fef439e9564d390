/**
 * A two-line JSX runtime on Preact's own h(), used by the builder's components through
 * `@jsxImportSource`: preact/jsx-runtime would add about 300 bytes to the page's 12 KB budget.
 * Preact's h() takes `key` from props and keeps `props.children`.
 */
import { Fragment, h, type ComponentType } from 'preact';

type Props = Record<string, unknown>;
export const jsx = (type: string | ComponentType<Props>, props: Props, key?: unknown) =>
  h(type as never, key === undefined ? props : { ...props, key });
export { jsx as jsxs, jsx as jsxDEV, Fragment };
export type { JSX } from 'preact';
