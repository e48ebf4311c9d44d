export * from './carrier-adapter';
export * from './channel-adapter';
export * from './common';
export * from './stores';
