/**
 * "No wrong door" for school staff (issue #9): a short guided conversation that needs no
 * account and never touches the local store. First the danger question, whose answer
 * "Yes" shows what to do at once (nothing loads or waits); otherwise a few questions,
 * then suggestions from the directory, then a card for the young person to keep.
 *
 * Design choices:
 * - The steps live in this screen's memory only, not in the address or any storage: what
 *   a young person said must not stay in the browser's history or on the device.
 * - Each step has its own h2, focused when it appears, so a screen reader hears the new
 *   question; the page keeps one h1.
 * - The one anonymous count is looked after by `useConversationCount` (count.ts).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SignpostingAnswers } from '../../domain/signposting';
import { usePageTitle } from '../../ui/usePageTitle';
import { sendQueuedCounts } from './api';
import { AnswersForm, EMPTY_ANSWERS } from './AnswersForm';
import { DangerSteps } from './DangerSteps';
import { Suggestions } from './Suggestions';
import { useConversationCount } from './count';
import { SIGNPOSTING_NAMESPACES } from './namespaces';
import './signposting.scss';

type Step = 'danger' | 'danger-yes' | 'questions' | 'suggestions';

export function SupportHome() {
  const { t } = useTranslation(SIGNPOSTING_NAMESPACES);
  usePageTitle(t('title'), t('common:appName'));
  // Counts kept from an offline visit go as soon as the flow opens online.
  useEffect(sendQueuedCounts, []);
  const navigate = useNavigate();
  const count = useConversationCount();
  const [step, setStep] = useState<Step>('danger');
  const [answers, setAnswers] = useState<SignpostingAnswers>(EMPTY_ANSWERS);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);

  useEffect(() => {
    // On arrival the layout focuses the h1; after that, each new step's heading.
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    // Focus also scrolls the new step's heading into view on a phone.
    stepHeading.current?.focus();
  }, [step]);

  const startAgain = () => {
    count.restart();
    setAnswers(EMPTY_ANSWERS);
    setStep('danger');
  };

  return (
    <div className="app-signposting">
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        {t('title')}
      </h1>
      {step === 'danger' && (
        <section aria-labelledby="support-danger-question">
          <p className="nhsuk-body">{t('intro')}</p>
          <h2
            className="nhsuk-heading-m"
            id="support-danger-question"
            tabIndex={-1}
            ref={stepHeading}
          >
            {t('danger.question')}
          </h2>
          <p className="nhsuk-body">{t('danger.hint')}</p>
          <div className="app-signposting__answers">
            <button
              type="button"
              className="nhsuk-button nhsuk-button--warning"
              onClick={() => {
                // Steps first, then the count: nothing the person sees waits on it.
                setStep('danger-yes');
                count.danger();
              }}
            >
              {t('danger.yes')}
            </button>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => setStep('questions')}
            >
              {t('danger.no')}
            </button>
          </div>
        </section>
      )}
      {step === 'danger-yes' && <DangerSteps headingRef={stepHeading} onStartAgain={startAgain} />}
      {step === 'questions' && (
        <AnswersForm
          headingRef={stepHeading}
          initial={answers}
          onBack={() => setStep('danger')}
          onDone={(next) => {
            setAnswers(next);
            setStep('suggestions');
          }}
        />
      )}
      {step === 'suggestions' && (
        <Suggestions
          headingRef={stepHeading}
          answers={answers}
          onShown={() => count.suggestionsShown(answers)}
          onBack={() => setStep('questions')}
          onStartAgain={startAgain}
          onCard={(resourceIds, fragment) => {
            count.cardMade(answers, resourceIds);
            void navigate(`/support/card#${fragment}`);
          }}
        />
      )}
    </div>
  );
}
