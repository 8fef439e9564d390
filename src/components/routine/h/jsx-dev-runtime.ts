/** The development build's JSX entry (NODE_ENV other than production): the same runtime. */
export * from './jsx-runtime';
