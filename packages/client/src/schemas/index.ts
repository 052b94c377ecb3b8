export * from './balance';
export * from './common';
