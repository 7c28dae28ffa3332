package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.HierarchyId;
import dev.quern.catalog.value.SqlValueException;
import java.util.ArrayList;
import java.util.List;

/**
 * A method of the hierarchyid type ("hierarchyid data type method reference"), on a target value
 * (none for the static Parse). NULL target, NULL for every method; a NULL argument, NULL too,
 * except GetDescendant's children, where NULL means no bound on that side. The arguments arrive
 * converted to the parameter types ({@link Method#parameters}).
 */
public final class HierarchyIdMethodExpr extends BoundExpr {
  /** The methods, by their case-sensitive T-SQL names. */
  public enum Method {
    GET_ANCESTOR("GetAncestor", SqlTypes.HIERARCHYID, false, SqlTypes.INT),
    GET_DESCENDANT("GetDescendant", SqlTypes.HIERARCHYID, false, SqlTypes.HIERARCHYID, SqlTypes.HIERARCHYID),
    GET_LEVEL("GetLevel", SqlTypes.SMALLINT, false),
    GET_REPARENTED_VALUE("GetReparentedValue", SqlTypes.HIERARCHYID, false, SqlTypes.HIERARCHYID,
        SqlTypes.HIERARCHYID),
    IS_DESCENDANT_OF("IsDescendantOf", SqlTypes.BIT, false, SqlTypes.HIERARCHYID),
    TO_STRING("ToString", SqlType.ofLength(TypeId.NVARCHAR, SqlTypes.MAX_NCHARS), false),
    PARSE("Parse", SqlTypes.HIERARCHYID, true, SqlType.ofLength(TypeId.NVARCHAR, SqlTypes.MAX_NCHARS));

    private final String sqlName;
    private final SqlType result;
    private final boolean isStatic;
    private final List<SqlType> parameters;

    Method(String sqlName, SqlType result, boolean isStatic, SqlType... parameters) {
      this.sqlName = sqlName;
      this.result = result;
      this.isStatic = isStatic;
      this.parameters = List.of(parameters);
    }

    /** The method of this exact name, static or not as asked; null when there is none. */
    public static Method named(String name, boolean isStatic) {
      for (Method m : values()) {
        if (m.sqlName.equals(name) && m.isStatic == isStatic) {
          return m;
        }
      }
      return null;
    }

    /** Whether {@code name} is a method's name in some letter case (Parse, GetLevel …). */
    public static boolean isNameInAnyCase(String name) {
      for (Method m : values()) {
        if (m.sqlName.equalsIgnoreCase(name)) {
          return true;
        }
      }
      return false;
    }

    public List<SqlType> parameters() {
      return parameters;
    }
  }

  private final Method method;
  private final BoundExpr target;
  private final List<BoundExpr> args;
  private final String sql;

  /** {@code target}: null for the static Parse. */
  public HierarchyIdMethodExpr(Method method, BoundExpr target, List<BoundExpr> args, String sql) {
    this.method = method;
    this.target = target;
    this.args = List.copyOf(args);
    this.sql = sql;
  }

  @Override
  public SqlType type() {
    return method.result;
  }

  @Override
  public boolean nullable() {
    return true;
  }

  @Override
  public Object eval(EvalContext ctx) {
    Object self = target == null ? null : target.eval(ctx);
    Object[] values = new Object[args.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = args.get(i).eval(ctx);
      if (values[i] == null && method != Method.GET_DESCENDANT) {
        return null;
      }
    }
    try {
      if (method == Method.PARSE) {
        return HierarchyId.parse((String) values[0]).bytes();
      }
      return self == null ? null : apply(HierarchyId.fromBytes((byte[]) self), values);
    } catch (SqlValueException e) {
      throw ValueErrors.toSql(e); // 6522: the type's HierarchyIdException
    }
  }

  private Object apply(HierarchyId h, Object[] v) {
    return switch (method) {
      case GET_ANCESTOR -> bytesOf(h.ancestor(((Number) v[0]).longValue()));
      case GET_DESCENDANT -> h.descendant(node(v[0]), node(v[1])).bytes();
      case GET_LEVEL -> h.level();
      case GET_REPARENTED_VALUE -> h.reparented(node(v[0]), node(v[1])).bytes();
      case IS_DESCENDANT_OF -> h.isDescendantOf(node(v[0]));
      case TO_STRING -> h.toString();
      case PARSE -> throw new IllegalStateException("Parse is static");
    };
  }

  private static HierarchyId node(Object v) {
    return v == null ? null : HierarchyId.fromBytes((byte[]) v);
  }

  private static byte[] bytesOf(HierarchyId h) {
    return h == null ? null : h.bytes();
  }

  @Override
  public String toSql() {
    return sql;
  }

  @Override
  public List<BoundExpr> operands() {
    List<BoundExpr> all = new ArrayList<>(args.size() + 1);
    if (target != null) {
      all.add(target);
    }
    all.addAll(args);
    return all;
  }
}
