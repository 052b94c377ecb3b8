/** What `npm start` tells the portal: where the engine is and whose credits to show. */
export interface DemoConfig {
  customerId: string;
  currencyId: string;
  customerToken: string;
}

declare const __CREDITKIT_DEMO__: DemoConfig;

export const demoConfig: DemoConfig = __CREDITKIT_DEMO__;
