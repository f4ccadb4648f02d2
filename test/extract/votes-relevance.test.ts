// The votes relevance eval (issue 16) as a regression test: the production matcher over the hand
// labels of test/fixtures/votes-relevance and the real titles and policies in ../shared (skipped
// without it). `npm run eval:votes -- --verbose` shows what a failure missed or wrongly showed.
import { expect } from 'vitest';
import { evaluate, loadLabels, loadSharedData, precision, recall } from '../../scripts/eval-votes-lib.js';
import { yearsBefore } from '../../src/background/handlers/votes-divisions';
import { policyGroupsForDepartment } from '../../src/extract/policy-groups';
import { divisionReason, divisionSearchTerm, pickPolicies } from '../../src/extract/topic-match';
import { topicTerms } from '../../src/extract/topic-terms';
import { describeWithShared, itWithShared } from '../support/shared';

/** Floors a little under the measured numbers (docs/DESIGN.md, the votes section): a regression fails. */
const FLOORS = { divisionPrecision: 0.8, divisionRecall: 0.5, policyPrecision: 0.75 };

describeWithShared('votes relevance on the labelled set', () => {
  const matcher = { topicTerms, divisionSearchTerm, divisionReason, pickPolicies, policyGroupsForDepartment, yearsBefore };
  const { labels } = loadLabels();

  itWithShared('labels 79 real questions, a held-out third, ids that exist in ../shared', () => {
    const data = loadSharedData();
    expect(labels).toHaveLength(79);
    expect(labels.filter((l) => l.split === 'heldout')).toHaveLength(26);
    const divisionIds = new Set(data.divisions.map((d) => d.id));
    const policyIds = new Set(data.policies.map((p) => p.id));
    for (const label of labels) {
      expect(data.questions.has(label.id)).toBe(true);
      for (const id of [...label.divisions, ...label.offTopicDivisions]) expect(divisionIds.has(id)).toBe(true);
      for (const id of [...label.policies, ...label.offTopicPolicies]) expect(policyIds.has(id)).toBe(true);
    }
  });

  itWithShared('keeps precision and recall above their floors', () => {
    const { all } = evaluate(matcher, loadSharedData(), labels);
    expect(precision(all!.divisions)).toBeGreaterThanOrEqual(FLOORS.divisionPrecision);
    expect(recall(all!.divisions)).toBeGreaterThanOrEqual(FLOORS.divisionRecall);
    expect(precision(all!.policies)).toBeGreaterThanOrEqual(FLOORS.policyPrecision);
  });
});
