package dev.quern.engine.store;

import java.util.ArrayList;
import java.util.List;

/**
 * What a transaction changed outside its store transaction and must put back if it is rolled back,
 * wholly, to a savepoint, or for one failed statement: e.g. the identity counter a TRUNCATE TABLE
 * reset in memory. Actions run last-registered first, back to the mark the rollback goes to.
 */
final class RollbackActions {
  private final List<Runnable> actions = new ArrayList<>();

  void add(Runnable undo) {
    actions.add(undo);
  }

  /** The position to roll back to later (a statement's or a savepoint's start). */
  int mark() {
    return actions.size();
  }

  /** Runs, newest first, and forgets the actions registered since {@code mark}. */
  void undoTo(int mark) {
    for (int i = actions.size() - 1; i >= mark; i--) {
      actions.remove(i).run();
    }
  }
}
