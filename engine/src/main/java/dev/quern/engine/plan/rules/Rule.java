package dev.quern.engine.plan.rules;

import dev.quern.engine.plan.PlanNode;

/** One rewrite of a plan node (its inputs already rewritten); returns the node itself if none. */
interface Rule {
  PlanNode apply(PlanNode node);
}
