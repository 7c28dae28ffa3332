package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.error.SqlErrors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The variables of one batch (or procedure/sp_executesql body): each gets a slot in the frame.
 * A variable exists from its DECLARE to the end of the batch, whatever control flow says, and
 * names compare case-insensitively as in SQL Server's default collation.
 */
public final class VariableScope {
  /** A declared variable: its frame slot, name as declared, and type. */
  public record Variable(int slot, String name, SqlType type) {}

  private final Map<String, Variable> byName = new HashMap<>();
  private final List<Variable> slots = new ArrayList<>();

  /** Declares a variable; error 134 when the name is taken. */
  public Variable declare(String name, SqlType type) {
    String key = name.toLowerCase(Locale.ROOT);
    if (byName.containsKey(key)) {
      throw SqlErrors.VARIABLE_ALREADY_DECLARED.raise(name);
    }
    Variable v = new Variable(slots.size(), name, type);
    byName.put(key, v);
    slots.add(v);
    return v;
  }

  /** The variable of that name; error 137 when it was not declared. */
  public Variable resolve(String name) {
    Variable v = byName.get(name.toLowerCase(Locale.ROOT));
    if (v == null) {
      throw SqlErrors.MUST_DECLARE_SCALAR.raise(name);
    }
    return v;
  }

  /** Whether a variable of that name is declared. */
  public boolean has(String name) {
    return byName.containsKey(name.toLowerCase(Locale.ROOT));
  }

  public List<String> names() {
    return slots.stream().map(Variable::name).toList();
  }

  public List<SqlType> types() {
    return slots.stream().map(Variable::type).toList();
  }
}
