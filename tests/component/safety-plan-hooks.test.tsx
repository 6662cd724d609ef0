// The safety plan's hooks (issue #7): the plan, live as records change; and the crisis
// lines, the bundled UK defaults in the reader's language until an admin writes the
// area's own list.
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../src/app/i18n';
import { localStore } from '../../src/db/local-store';
import { useCrisisContacts, useSafetyPlan } from '../../src/db/safety-plans';

vi.setConfig({ testTimeout: 30_000 });

const validCase = {
  preferredName: 'Sam',
  ageBand: '14-15',
  pronouns: 'they/them',
  involved: [],
  consentToRecord: true,
  status: 'open',
};

describe('useSafetyPlan', () => {
  it('gives the plan and follows its changes', async () => {
    const { records } = localStore();
    const kase = await records.createCase(validCase);
    const { result } = renderHook(() => useSafetyPlan(kase.id));
    await waitFor(() => expect(result.current).toBeDefined());
    expect(result.current?.plan).toBeUndefined();
    const plan = await records.create('safety-plan', kase.id, {
      status: 'draft',
      writtenByYoungPerson: [],
    });
    await records.create('safety-plan-item', kase.id, {
      planId: plan.id,
      section: 'people-to-ask',
      text: 'Aunt Jo',
      order: 1,
      addedByRole: 'young-person',
    });
    await waitFor(() => expect(result.current?.items.map((i) => i.text)).toEqual(['Aunt Jo']));
    expect(result.current?.plan?.id).toBe(plan.id);
  });

  it('is undefined without a case', () => {
    const { result } = renderHook(() => useSafetyPlan(undefined));
    expect(result.current).toBeUndefined();
  });
});

describe('useCrisisContacts', () => {
  it("gives the bundled lines in the reader's language, then the organisation's own", async () => {
    await initI18n('cy');
    const { result } = renderHook(() => useCrisisContacts());
    await waitFor(() => expect(result.current).toHaveLength(6));
    expect(result.current?.[0]).toMatchObject({ id: 'emergency', call: '999' });
    expect(result.current?.[0]?.hours).toBe('24 awr y dydd');

    await localStore().records.create('crisis-contact-list', null, {
      contacts: [
        {
          id: 'riverside-crisis',
          name: 'Riverside crisis team (fictional)',
          description: 'For young people in Riverside.',
          call: '07700 900123',
          hours: '24 hours a day',
        },
      ],
      reviewBy: '2027-06-01',
      sources: [{ title: 'Riverside NHS Trust (fictional)' }],
      exampleContent: true,
    });
    await waitFor(() => expect(result.current?.map((c) => c.id)).toEqual(['riverside-crisis']));
  });
});
