/**
 * The one anonymous count a conversation leaves behind (issue #9 item 6): recorded once,
 * at the first of these moments:
 * - "Yes, someone is in danger" (a danger count, nothing else in it);
 * - a card is made (with the resources chosen for it);
 * - the person leaves the suggestions without making a card: another screen, "Start
 *   again", or the page being closed or hidden (with no resources).
 * Changing the answers and coming back to the suggestions is still the same conversation.
 *
 * Only ids, an age band, a yes/no and today's date go in: never anything typed.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { SignpostingAnswers } from '../../domain/signposting';
import type { SignpostingEventData } from '../../domain/kinds/signposting-event';
import { todayOnDevice } from '../../ui/format-date';
import { recordSignpostingCount } from './api';

export function dangerCount(today: string): SignpostingEventData {
  return {
    topicIds: [],
    wishes: [],
    ageBand: 'not-known',
    immediateDanger: true,
    resourceIds: [],
    occurredOn: today,
  };
}

export function answersCount(
  answers: SignpostingAnswers,
  resourceIds: readonly string[],
  today: string,
): SignpostingEventData {
  return {
    topicIds: [...answers.topics],
    wishes: [...answers.wishes],
    ageBand: answers.ageBand,
    immediateDanger: false,
    resourceIds: [...resourceIds],
    occurredOn: today,
  };
}

function send(count: SignpostingEventData) {
  // Fire and forget: the screen never waits for a count, and a count that can't be sent
  // is queued on the device by the API; a failure here must not reach the person.
  recordSignpostingCount(count).catch(() => undefined);
}

export interface ConversationCount {
  /** Records the danger count now (once per conversation). */
  danger: () => void;
  /** Suggestions are on screen for these answers: a count is owed if nothing else is sent. */
  suggestionsShown: (answers: SignpostingAnswers) => void;
  /** A card was made: records the count with its resources (once per conversation). */
  cardMade: (answers: SignpostingAnswers, resourceIds: readonly string[]) => void;
  /** Sends what is owed and starts a new conversation. */
  restart: () => void;
}

export function useConversationCount(): ConversationCount {
  const recorded = useRef(false);
  const owed = useRef<SignpostingAnswers | undefined>(undefined);

  const settle = useCallback(() => {
    if (recorded.current || owed.current === undefined) return;
    recorded.current = true;
    send(answersCount(owed.current, [], todayOnDevice()));
    owed.current = undefined;
  }, []);

  useEffect(() => {
    // A closed tab or a phone put away: the count is sent (or queued) before the page goes.
    const onPageHide = () => settle();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') settle();
    };
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onHidden);
      // Leaving the screen (another route) without a card still counts the conversation.
      settle();
    };
  }, [settle]);

  return {
    danger: useCallback(() => {
      if (recorded.current) return;
      recorded.current = true;
      owed.current = undefined;
      send(dangerCount(todayOnDevice()));
    }, []),
    suggestionsShown: useCallback((answers: SignpostingAnswers) => {
      if (!recorded.current) owed.current = answers;
    }, []),
    cardMade: useCallback((answers: SignpostingAnswers, resourceIds: readonly string[]) => {
      if (recorded.current) return;
      recorded.current = true;
      owed.current = undefined;
      send(answersCount(answers, resourceIds, todayOnDevice()));
    }, []),
    restart: useCallback(() => {
      settle();
      recorded.current = false;
      owed.current = undefined;
    }, [settle]),
  };
}
