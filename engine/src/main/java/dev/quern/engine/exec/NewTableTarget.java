package dev.quern.engine.exec;

import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where CREATE TABLE and SELECT INTO put a new table, and the 2714 both raise when its name is
 * taken. A local #temp table whose name is taken by an outer module's table (the caller's #t) is
 * not taken: the new one hides it until this module ends ({@code store.NestedTempTables}).
 */
final class NewTableTarget {
  private NewTableTarget() {}

  /** {@code invalidSchema} when the schema written is not there; 2714 when the name is taken. */
  static ObjectNames.Target resolve(SessionState state, List<String> name, Supplier<RuntimeException> invalidSchema) {
    ObjectNames.Target target = ObjectNames.creationTarget(state.store(), state.databaseName(), name).orElseThrow(invalidSchema);
    if (!state.store().metadata(target.catalog()).nameTaken(target.schema().id(), target.name())) {
      return target;
    }
    if (localTemp(name) && state.store().hideOuterTempTable(name.getLast(), target.name(), state.nestLevel())) {
      return ObjectNames.creationTarget(state.store(), state.databaseName(), name).orElseThrow(invalidSchema);
    }
    throw SqlErrors.OBJECT_EXISTS.raise(name.getLast());
  }

  /** Making table {@code target} failed: a local #temp table's hiding name is forgotten. */
  static void failed(SessionState state, List<String> name, ObjectNames.Target target) {
    if (localTemp(name)) {
      state.store().forgetTempTable(target.name());
    }
  }

  /** Table {@code tableId} was made as {@code target}: a local #temp table is recorded with its nesting level. */
  static void created(SessionState state, List<String> name, ObjectNames.Target target, int tableId) {
    if (localTemp(name)) {
      state.store().createdTempTable(tableId, target.name(), state.nestLevel());
    }
  }

  static boolean localTemp(List<String> name) {
    return name.getLast().startsWith("#") && !name.getLast().startsWith("##");
  }
}
