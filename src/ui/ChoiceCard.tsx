import { Link } from 'react-router';

export interface ChoiceCardProps {
  to: string;
  title: string;
  description: string;
  headingLevel?: 2 | 3;
}

/** A whole-card link (NHS.UK "clickable card"): a large touch target with a heading and a line of help. */
export function ChoiceCard({ to, title, description, headingLevel = 2 }: ChoiceCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="nhsuk-card nhsuk-card--clickable app-choice">
      <div className="nhsuk-card__content">
        <Heading className="nhsuk-card__heading nhsuk-heading-m">
          <Link className="nhsuk-card__link" to={to}>
            {title}
          </Link>
        </Heading>
        <p className="nhsuk-card__description">{description}</p>
      </div>
    </div>
  );
}
