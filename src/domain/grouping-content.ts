/**
 * THRIVE's five needs-based groupings explained (domain/THRIVE.md §1), as content data:
 * what help looks like in each and who usually leads, for the shared decision about which
 * grouping fits a young person now.
 *
 * Design choices:
 * - The ids are the fixed vocabulary records use (`GROUPINGS`): every record kind that
 *   names a grouping is checked against it, so content must explain all five, once each,
 *   and can add no other. A service may reword the explanations, not the groupings.
 * - Content carries the English source text; the words people see are keyed into
 *   locales/<lang>/grouping.json (`groupings.<id>.name|help|lead`), as RESPECT does.
 * - Each explanation names the sources it rests on (`sourceIds`), so a reviewer can check
 *   every sentence against the framework rather than trust the app's reading.
 */
import { z } from 'zod';
import {
  NAME_MAX,
  SHORT_TEXT_MAX,
  allDifferent,
  checkDistinctIds,
  checkReviewAfterPublished,
  contentId,
  contentMetaShape,
  text,
} from './kinds/fields';
import { GROUPINGS, groupingSchema } from './kinds/vocabulary';
import { contentSourceSchema } from './respect';

export const groupingExplanationSchema = z.strictObject({
  id: groupingSchema,
  /** English source name; displayed as `grouping:groupings.<id>.name`. */
  name: text(NAME_MAX),
  /** What help looks like, in plain words; displayed as `grouping:groupings.<id>.help`. */
  help: text(SHORT_TEXT_MAX),
  /** Who usually leads; displayed as `grouping:groupings.<id>.lead`. */
  lead: text(SHORT_TEXT_MAX),
  sourceIds: z
    .array(contentId)
    .min(1, { message: 'required' })
    .max(20, { message: 'tooMany' })
    .refine(allDifferent, { message: 'duplicateItem' }),
});
export type GroupingExplanation = z.infer<typeof groupingExplanationSchema>;

export const groupingContentSchema = z
  .strictObject({
    groupings: z
      .array(groupingExplanationSchema)
      .min(GROUPINGS.length, { message: 'tooFew' })
      .max(GROUPINGS.length, { message: 'tooMany' }),
    sources: z
      .array(contentSourceSchema)
      .min(1, { message: 'required' })
      .max(20, { message: 'tooMany' }),
    ...contentMetaShape,
  })
  .superRefine((c, ctx) => {
    checkDistinctIds('groupings', c.groupings, ctx);
    checkDistinctIds('sources', c.sources, ctx);
    const sourceIds = new Set(c.sources.map((s) => s.id));
    c.groupings.forEach((g, i) => {
      g.sourceIds.forEach((id, j) => {
        if (!sourceIds.has(id))
          ctx.addIssue({
            code: 'custom',
            message: 'unknownSource',
            path: ['groupings', i, 'sourceIds', j],
          });
      });
    });
    checkReviewAfterPublished(c, ctx);
  });
export type GroupingContent = z.infer<typeof groupingContentSchema>;
