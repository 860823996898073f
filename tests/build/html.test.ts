/** Every page of both test builds is valid HTML by html-validate (config in .htmlvalidate.mjs). */
import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { builtSite } from './dist.ts';
import type { SiteName } from './sites.ts';

const validator = new HtmlValidate(config);

describe.each<SiteName>(['sample', 'other'])('the HTML of the %s site', (name) => {
  test('has no html-validate error on any page', async () => {
    const site = builtSite(name);
    const errors: string[] = [];
    for (const page of site.pages) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const message of result.messages)
          errors.push(
            `${page.path}:${message.line}:${message.column} ${message.ruleId} ${message.message}`,
          );
      }
    }
    expect(errors).toEqual([]);
  });
});
