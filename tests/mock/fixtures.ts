import { test as base } from '@playwright/test';
import type { MockHandle, MockOptions } from '../../mock';
import { startMock } from '../../mock';

/** Starts a mock for one test and closes it after; `mockOptions` overrides the defaults per describe. */
export const test = base.extend<{ mockOptions: MockOptions; mock: MockHandle }>({
  mockOptions: [{}, { option: true }],
  mock: async ({ mockOptions }, use) => {
    const mock = await startMock(mockOptions);
    await use(mock);
    await mock.close();
  },
});

export { expect } from '@playwright/test';
