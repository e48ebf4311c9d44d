import { runStorageConformance } from '../testing';
import { createMemoryStores } from './memory-stores';

runStorageConformance({
  name: 'memory',
  createStores: () => {
    const { raw, ...stores } = createMemoryStores();
    return { stores, raw };
  },
});
