import type { RequestHandler } from 'msw';
import type { ChannelAdapter, PushRequest, TimeWindow } from '../contracts/channel-adapter';

/** A transient fault a mock platform can inject into its next calls. */
export type MockFaultKind = 'server_error' | 'throttle' | 'timeout' | 'token_expired';

/**
 * The controls every mock platform (`createTaobaoMockPlatform`, ...) exposes, so one channel
 * conformance suite can drive any of them. A mock platform keeps an in-memory shop, serves msw
 * handlers that behave like the platform's gateway (signature and timestamp checks, the
 * platform's own error envelope, windows and paging), and lets a test change the world.
 *
 * Times are ISO instants. The mock has its own clock (`now`), which tests move forward.
 */
export interface ChannelMockControls {
  /** The platform's current time. */
  now(): string;
  /** Moves the platform's clock forward by `ms`. */
  advance(ms: number): void;
  /**
   * Creates `count` orders in `shopId` whose modified times are spread evenly over `window`
   * (each strictly inside it), realistic enough to map (lines, money, receiver, status paid).
   * Returns their platform order ids.
   */
  seedOrders(shopId: string, count: number, window: TimeWindow): string[];
  /** Modifies an order now (new modified time = `now()`, a visible change such as a seller memo). */
  touchOrder(shopId: string, platformOrderId: string): void;
  /**
   * During the next order-list paging sequence, after the first page has been served,
   * modifies `count` orders of that window that have not been served yet (each gets modified
   * time `now()`, so it leaves the window being paged). Models the platform's real hazard.
   */
  modifyDuringPaging(shopId: string, count: number): void;
  /** The next `count` gateway calls fail with `kind` (then calls behave normally). */
  injectFaults(kind: MockFaultKind, count: number): void;
  /** Invalidates the shop's current access token; calls fail with the platform's token error until refreshed. */
  expireToken(shopId: string): void;
  /** The platform's truth: every order id of the shop with its current modified time. */
  orders(shopId: string): { platformOrderId: string; modifiedAt: string }[];
  /** The parcels the platform recorded as shipped for an order (tracking numbers). */
  shippedTrackingNumbers(shopId: string, platformOrderId: string): string[];
  /** Every gateway call the mock served, with the platform's method or path name. */
  calls(): { operation: string; ok: boolean }[];
  /** A correctly signed push announcing a change of the order (when the platform pushes). */
  signedOrderPush?(shopId: string, platformOrderId: string): PushRequest;
}

/** What a channel adapter's test gives the conformance suite for each test case. */
export interface ChannelConformanceFixture {
  /** The adapter under test, wired to the mock platform (injected fetch or msw). */
  adapter: ChannelAdapter;
  /** The mock platform's controls. */
  platform: ChannelMockControls;
  /** msw handlers of the mock platform (the suite installs them on its own server). */
  handlers: readonly RequestHandler[];
  /** The shop the adapter is authorised for. */
  shopId: string;
  /** How many times the adapter's `refreshAccessToken` hook has been called. */
  tokenRefreshes(): number;
  /** Optional: the same adapter built with a wrong app secret, to see signatures refused. */
  adapterWithWrongSecret?: ChannelAdapter;
  cleanup?: () => void | Promise<void>;
}
