import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoSidewaysScroll, getJson, NARROW, openAs } from './helpers';

interface Figure {
  key: string;
  value: number;
  drill: { operationId: string; query: Record<string, string> };
}
interface Rate {
  key: string;
  numerator: Figure;
  denominator: Figure;
}
interface Summary {
  campaignId: string;
  groups: { key: string; figures: Figure[]; rates: Rate[] }[];
}

test.describe
  .serial('领导驾驶舱: persons held accountable and the three rates open their lists', () => {
    test('the office opens the persons held accountable and the satisfaction rate, with the same counts', async ({
      browser,
    }) => {
      const { context, page } = await openAs(browser, 'office');
      await page.getByTestId('nav-dashboard').click();
      await expect(page.getByTestId('dashboard')).toBeVisible();
      const campaignId = await page.getByTestId('dashboard').getAttribute('data-campaign');
      const summary = await getJson<Summary>(page.request, `/api/dashboard/summary?campaignId=${campaignId}`);
      const total = summary.groups.find((g) => g.key === 'determinations.total')!.figures[0]!;
      await expect(page.getByTestId('dashboard-group-determinations.byForm')).toBeVisible();
      await expect(page.getByTestId('dashboard-rate-publicReports.satisfactionRate')).toBeVisible();

      // The number opens the determinations list filtered as it counts.
      await page.getByTestId('dashboard-figure-determinations.total').click();
      await expect(page).toHaveURL(/\/accountability\/determinations\?.*heldAccountable=true/);
      const pager = page.getByTestId('determination-table').getByTestId('list-pager');
      await expect(pager.getByTestId('list-total')).toHaveAttribute('data-total', String(total.value));
      await expect(page.getByTestId('linked-filters')).toBeVisible();
      await expectAccessible(page);

      // The satisfaction rate's denominator: the public reports whose reporter rated.
      await page.goBack();
      await expect(page.getByTestId('dashboard')).toBeVisible();
      const rate = summary.groups
        .find((g) => g.key === 'publicReports.rates')!
        .rates.find((r) => r.key === 'publicReports.satisfactionRate')!;
      await page.getByTestId('dashboard-figure-publicReports.satisfactionRate-denominator').click();
      await expect(page).toHaveURL(/\/accountability\/leads\?.*rated=stated/);
      await expect(
        page.getByTestId('lead-table').getByTestId('list-pager').getByTestId('list-total'),
      ).toHaveAttribute('data-total', String(rate.denominator.value));
      await context.close();
    });

    test('the determinations list fits a phone, in English', async ({ browser }) => {
      const { context, page } = await openAs(browser, 'office', { viewport: NARROW, lang: 'en-US' });
      await page.goto('/accountability/determinations?form=1');
      await expect(page.getByTestId('determination-table')).toBeVisible();
      await expect(page.getByTestId('determination-filter-form')).toContainText('First form');
      await expectNoSidewaysScroll(page);
      await context.close();
    });
  });
