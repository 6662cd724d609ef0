/**
 * Crisis contacts as big tap-to-call (`tel:`) and tap-to-text (`sms:`) links (issue #7
 * item 2), the first thing on the safety plan when it is opened in a hurry.
 *
 * Design choices:
 * - 999 (an emergency contact) always comes first, then the others in the order given.
 * - Each contact's name is a heading at `headingLevel`, so the caller gives the list its
 *   own heading one level up ("If you need help now").
 * - Each action is a full-width 48px+ link whose words say what it does and the number
 *   ("Call 116 123", "Text SHOUT to 85258"), boxed with a thick border and underlined, so
 *   it works in black and white; the contact's name is the heading just before it, so a
 *   screen reader hears whose number it is. The hours follow in words.
 * - Hrefs come only from `telHref`/`smsHref` (digits and + only), never raw text.
 */
import { useTranslation } from 'react-i18next';
import { smsHref, telHref, type CrisisContact } from '../../content/crisis-contacts';
import { displayPhone } from './phone-display';
import { NUMBER_SLOT, PhoneInWords } from './PhoneInWords';
import './safety-plan.scss';

export interface CrisisContactListProps {
  contacts: readonly CrisisContact[];
  /** The level of each contact's name; the caller's own heading is one above. */
  headingLevel: 2 | 3 | 4;
  /** A smaller layout for the pocket card (print). */
  compact?: boolean;
}

/** 999 and other emergency contacts first; otherwise the order the list was given in. */
export function crisisOrder(contacts: readonly CrisisContact[]): CrisisContact[] {
  const rank = (c: CrisisContact) => (c.call === '999' ? 0 : c.when === 'emergency' ? 1 : 2);
  return contacts
    .map((contact, index) => ({ contact, index }))
    .sort((a, b) => rank(a.contact) - rank(b.contact) || a.index - b.index)
    .map(({ contact }) => contact);
}

export function CrisisContactList({
  contacts,
  headingLevel,
  compact = false,
}: CrisisContactListProps) {
  return (
    <ul
      className={`nhsuk-list app-crisis-list${compact ? ' app-crisis-list--compact' : ''}`}
      data-testid="crisis-contacts"
    >
      {crisisOrder(contacts).map((contact) => (
        <ContactEntry key={contact.id} contact={contact} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}

function ContactEntry({
  contact,
  headingLevel,
}: {
  contact: CrisisContact;
  headingLevel: 2 | 3 | 4;
}) {
  const { t } = useTranslation('my-safety-plan');
  const Heading = headingLevel === 2 ? 'h2' : headingLevel === 3 ? 'h3' : 'h4';
  const emergency = contact.call === '999' || contact.when === 'emergency';
  return (
    <li
      className={`app-crisis-contact${emergency ? ' app-crisis-contact--emergency' : ''}`}
      data-testid="crisis-contact"
    >
      <Heading className="nhsuk-heading-s app-crisis-contact__name">{contact.name}</Heading>
      <p className="nhsuk-body-s app-crisis-contact__description">{contact.description}</p>
      <div className="app-crisis-contact__actions">
        {contact.call && (
          <a className="app-crisis-link" href={telHref(contact.call)} data-testid="crisis-call">
            <PhoneInWords
              words={t('crisis.call', { phone: NUMBER_SLOT })}
              number={displayPhone(contact.call)}
            />
          </a>
        )}
        {contact.text && (
          <a
            className="app-crisis-link"
            href={smsHref(contact.text.number, contact.text.body)}
            data-testid="crisis-text"
          >
            <PhoneInWords
              words={t(contact.text.body ? 'crisis.textWord' : 'crisis.text', {
                word: contact.text.body,
                phone: NUMBER_SLOT,
              })}
              number={displayPhone(contact.text.number)}
            />
          </a>
        )}
      </div>
      <p className="nhsuk-body-s app-crisis-contact__hours">
        {t('crisis.hours', { hours: contact.hours })}
      </p>
    </li>
  );
}
