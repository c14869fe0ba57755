import { expect, test } from '@playwright/test';
import { SEED_EXAMPLES } from '../../schemas/examples';
import { conflictFor, registry } from '../../schemas';

test.describe('seed examples', () => {
  for (const example of SEED_EXAMPLES) {
    test(`seed ${example.seed} ${example.title} validates, or breaks only its documented conflict`, () => {
      const reg = registry();
      const values = example.array ? (example.value as unknown[]) : [example.value];
      const found = new Set<string>();
      for (const value of values) {
        for (const violation of reg.validate(example.version, example.definition, value)) {
          const conflict = conflictFor(example.definition, violation.schemaPath);
          expect(conflict, `undocumented violation ${JSON.stringify(violation)}`).toBeDefined();
          found.add(conflict!.id);
        }
      }
      expect([...found].sort()).toEqual([...example.conflicts].sort());
    });
  }
});
