/**
 * Carriers demo: quote three carriers, pick one, ship and track to delivery on the mock carriers.
 *
 * Run: npx -y pnpm@12.4.2 exec tsx examples/carriers/main.ts
 */
import { runCarrierDemo } from './quote-ship-track';

const result = await runCarrierDemo();
console.log(`delivered: ${result.events.at(-1)?.status === 'delivered'}`);
