/**
 * CollaboRATE, the 10-point (0–9) version: three questions about shared decision making,
 * answered after a session by the young person or by their parent or carer.
 *
 * Source: Elwyn G, Barr PJ, Grande SW, Thompson R, Walsh T, Ozanne EM. Developing
 * CollaboRATE: a fast and frugal patient-reported measure of shared decision making in
 * clinical encounters. Patient Educ Couns 2013;93(1):102–7. doi:10.1016/j.pec.2013.05.009.
 * www.glynelwyn.com (collaboRATE).
 *
 * Licence: Creative Commons Attribution-NonCommercial-NoDerivs 3.0 Unported
 * (CC BY-NC-ND 3.0). DESIGN.md §12: the item text is reproduced exactly and never
 * reworded. Two official versions are used: the patient version (shown to the young
 * person) and the parent/guardian version (shown to a parent or carer), which says "your
 * child's health issues" in questions 1 and 2; question 3 is the same in both.
 *
 * - `text` is the English source; people see `collaborate:…` keys from locales/, and a
 *   test keeps en-GB equal to this text.
 * - The Welsh and Urdu wordings in locales/ are unvalidated drafts by the development
 *   team, not official translations: the authors ask translation teams to follow their
 *   translation process. A service should switch the measure off for those languages, or
 *   obtain a validated version, before using the figures.
 * - A service can switch the measure off: `COLLABORATE_ENABLED` below (the default, true,
 *   shows the invitation on My plan, the hand-over button and the practitioner's figures).
 */

/** Whether this service uses CollaboRATE. Set to false to switch the measure off. */
export const COLLABORATE_ENABLED: boolean = true;

export const COLLABORATE_CONTENT = {
  name: 'CollaboRATE',
  source:
    'Elwyn G, Barr PJ, Grande SW, Thompson R, Walsh T, Ozanne EM. Developing CollaboRATE: a fast and frugal patient-reported measure of shared decision making in clinical encounters. Patient Educ Couns 2013;93(1):102–7.',
  url: 'https://www.glynelwyn.com',
  licence: 'CC BY-NC-ND 3.0',
  scale: { min: 0, max: 9 },
  anchors: { min: 'No effort was made', max: 'Every effort was made' },
  versions: {
    'young-person': {
      intro: 'Thinking about the appointment you have just had…',
      questions: [
        'How much effort was made to help you understand your health issues?',
        'How much effort was made to listen to the things that matter most to you about your health issues?',
        'How much effort was made to include what matters most to you in choosing what to do next?',
      ],
    },
    'parent-carer': {
      intro: 'Thinking about the appointment you have just had…',
      questions: [
        "How much effort was made to help you understand your child's health issues?",
        "How much effort was made to listen to the things that matter most to you about your child's health issues?",
        'How much effort was made to include what matters most to you in choosing what to do next?',
      ],
    },
  },
} as const;

export type CollaborateVersion = keyof typeof COLLABORATE_CONTENT.versions;
