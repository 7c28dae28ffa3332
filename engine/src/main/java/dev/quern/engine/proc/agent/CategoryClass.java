package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.JobCategories;
import java.util.Locale;

/**
 * A category's class and type as the category procedures take them, checked as msdb's
 * sp_verify_category checks them: @class JOB, ALERT or OPERATOR (14266), a job category's @type
 * LOCAL or MULTI-SERVER and any other's NONE (14266), and no category named [DEFAULT] (14200),
 * which sp_update_job reserves for "back to the default category".
 */
record CategoryClass(int id, String given, Integer type) {
  static CategoryClass verify(String categoryClass, String type, String name) {
    String c = categoryClass == null ? "" : categoryClass.strip().toUpperCase(Locale.ROOT);
    int id = switch (c) {
      case "JOB" -> JobCategories.JOB;
      case "ALERT" -> JobCategories.ALERT;
      case "OPERATOR" -> JobCategories.OPERATOR;
      default -> throw AgentErrors.INVALID_VALUES.raise("@class", "JOB, ALERT, OPERATOR");
    };
    if (name != null && name.equals("[DEFAULT]")) {
      throw AgentErrors.INVALID.raise("@name");
    }
    Integer t = null;
    String ty = type == null || type.isBlank() ? null : type.strip().toUpperCase(Locale.ROOT);
    if (ty != null && id == JobCategories.JOB) {
      t = switch (ty) {
        case "LOCAL" -> 1;
        case "MULTI-SERVER" -> 2;
        default -> throw AgentErrors.INVALID_VALUES.raise("@type", "LOCAL, MULTI-SERVER");
      };
    } else if (ty != null) {
      if (!ty.equals("NONE")) {
        throw AgentErrors.INVALID_VALUES.raise("@type", "NONE");
      }
      t = 3;
    }
    return new CategoryClass(id, categoryClass == null ? null : categoryClass.strip(), t);
  }
}
