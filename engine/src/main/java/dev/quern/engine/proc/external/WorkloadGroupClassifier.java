package dev.quern.engine.proc.external;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.external.ResourceGovernorConfiguration;
import dev.quern.engine.external.WorkloadGroup;
import dev.quern.engine.proc.UserFunctions;
import dev.quern.engine.session.SessionState;
import java.util.List;
import java.util.Optional;

/**
 * Places a session in a workload group with the resource governor's classifier function: a
 * scalar function in master, without parameters, returning sysname (the group's name). As in SQL
 * Server, a session is classified once and stays in its group; a disabled governor, no
 * classifier, a failing classifier, NULL or an unknown group all mean the {@code default} group.
 *
 * <p>SQL Server classifies at login; Quern governs only external scripts, so it classifies at a
 * session's first {@code sp_execute_external_script}, which is when the group first matters.
 * SCHEMABINDING, which SQL Server also demands of the function, is not checked: Quern does not
 * keep it for functions yet.
 */
public final class WorkloadGroupClassifier {
  private WorkloadGroupClassifier() {}

  /** ALTER RESOURCE GOVERNOR WITH (CLASSIFIER_FUNCTION = schema.name): 10903 or 10907 if unfit. */
  public static void check(SessionState state, List<String> schemaAndName) {
    String schema = schemaAndName.get(0);
    String name = schemaAndName.get(1);
    UserFunctions.Found f = find(state, schemaAndName)
        .orElseThrow(() -> SqlErrors.RG_CLASSIFIER_NOT_FOUND.raise(schema + "." + name));
    if (!f.function().typeCode().equals("FN") || !f.parameters().isEmpty()
        || !f.returns().equals(SqlTypes.SYSNAME)) {
      throw SqlErrors.RG_CLASSIFIER_INVALID.raise(schema, name);
    }
  }

  /** The workload group the session belongs to, classifying it the first time. */
  public static WorkloadGroup groupOf(SessionState state) {
    ResourceGovernorConfiguration config = state.server().external().resourceGovernor();
    if (state.workloadGroup() == null) {
      state.workloadGroup(classify(state, config));
    }
    return config.groupInEffect(state.workloadGroup());
  }

  private static String classify(SessionState state, ResourceGovernorConfiguration config) {
    Optional<List<String>> classifier = config.classifierInEffect();
    if (!config.enabled() || classifier.isEmpty()) {
      return WorkloadGroup.DEFAULT.name();
    }
    try {
      Optional<UserFunctions.Found> f = find(state, classifier.get());
      Object group = f.isEmpty() ? null : UserFunctions.exec(state, f.get(), List.of());
      return group == null ? WorkloadGroup.DEFAULT.name() : group.toString();
    } catch (RuntimeException e) {
      // SQL Server places the session in the default group when its classifier fails.
      return WorkloadGroup.DEFAULT.name();
    }
  }

  private static Optional<UserFunctions.Found> find(SessionState state, List<String> schemaAndName) {
    state.store().beginStatement();
    try {
      return UserFunctions.find(state, List.of("master", schemaAndName.get(0), schemaAndName.get(1)));
    } finally {
      state.store().endStatement(true);
    }
  }
}
