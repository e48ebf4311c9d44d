import type { CarrierSettings } from '../shared/carrier-settings';
import type { TrackingCodeOverrides } from '../shared/tracking-code-table';

/** Kuaidi100 endpoints (DOC). There is no sandbox: tests use the mock, real use a real key. */
export const kuaidi100Urls = {
  query: 'https://poll.kuaidi100.com/poll/query.do',
  subscribe: 'https://poll.kuaidi100.com/poll',
  label: 'https://api.kuaidi100.com/label/order',
} as const;

/** Settings of {@link createKuaidi100Tracker}. */
export interface Kuaidi100TrackerSettings extends Omit<CarrierSettings, 'environment' | 'baseUrl'> {
  /** The customer id (`customer`). */
  customer: string;
  /** The authorisation key (`key`); a secret. */
  key: string;
  /** The unified carrier code this tracker follows (`SF`, `ZTO`, ...). */
  carrier: string;
  /** Kuaidi100's company code (`com`); default from the crosswalk for `carrier`. */
  company?: string;
  /** The label/price API secret; enables `quote` (`method=price`). */
  secret?: string;
  /** The salt given when subscribing; enables `parsePush` and `subscribe`. */
  salt?: string;
  /** Where Kuaidi100 pushes subscribed updates. */
  callbackUrl?: string;
  /** The receiver's or sender's phone (SF, 丰网 and ZTO require it for queries). */
  phone?: string;
  /** Endpoint overrides (tests, proxies). */
  urls?: Partial<typeof kuaidi100Urls>;
  /** Overrides of the state table. */
  stateOverrides?: TrackingCodeOverrides;
}

/** The keys {@link Kuaidi100TrackerSettings} adds to the base settings. */
export const kuaidi100SettingKeys = [
  'customer',
  'key',
  'carrier',
  'company',
  'secret',
  'salt',
  'callbackUrl',
  'phone',
  'urls',
  'stateOverrides',
] as const;
