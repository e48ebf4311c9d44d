export * from './memory-after-sale-case-store';
export * from './memory-after-sale-store';
export * from './memory-cursor-store';
export * from './memory-inventory-store';
export * from './memory-order-store';
export * from './memory-outbox-store';
export * from './memory-quarantine-store';
export * from './memory-stores';
