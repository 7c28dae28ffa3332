package dev.quern.engine.expr;

import dev.quern.catalog.spatial.SpatialFactory;
import dev.quern.catalog.spatial.SpatialValue;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.SqlValueException;
import java.util.ArrayList;
import java.util.List;

/**
 * A method or property of geometry or geography ("geometry data type method reference"): on a
 * target value, or static by the type's name (no target). A NULL target gives NULL, and so does a
 * NULL argument (the CLR methods are called on NULL input as SQL Server's "RETURNS NULL ON NULL
 * INPUT"), except STSrid's assignment, where NULL is .NET's ArgumentNullException. The arguments
 * arrive converted to the parameter types ({@link SpatialMethod#parameters}).
 */
public final class SpatialMethodExpr extends BoundExpr {
  private final SpatialMethod method;
  private final SqlType self;
  private final BoundExpr target;
  private final List<BoundExpr> args;
  private final boolean assignsSrid;
  private final String sql;

  /**
   * {@code self}: geometry or geography; {@code target}: null for a static method; {@code
   * assignsSrid}: {@code SET x.STSrid = n}, which gives the target with its new SRID.
   */
  public SpatialMethodExpr(SpatialMethod method, SqlType self, BoundExpr target, List<BoundExpr> args,
      boolean assignsSrid, String sql) {
    this.method = method;
    this.self = self;
    this.target = target;
    this.args = List.copyOf(args);
    this.assignsSrid = assignsSrid;
    this.sql = sql;
  }

  @Override
  public SqlType type() {
    return assignsSrid ? self : method.result(self);
  }

  @Override
  public boolean nullable() {
    return true;
  }

  @Override
  public Object eval(EvalContext ctx) {
    boolean geography = self.id() == TypeId.GEOGRAPHY;
    Object[] values = new Object[args.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = args.get(i).eval(ctx);
    }
    try {
      if (target == null) {
        return SpatialMethodCalls.construct(method, geography, values);
      }
      Object self = target.eval(ctx);
      if (self == null) {
        return null;
      }
      SpatialValue v = SpatialFactory.fromBytes(geography, (byte[]) self);
      if (assignsSrid) {
        if (values[0] == null) {
          throw dev.quern.catalog.spatial.SpatialErrors.sridNull(geography);
        }
        return SpatialFactory.withSrid(v, ((Number) values[0]).intValue()).bytes();
      }
      for (Object value : values) {
        if (value == null) {
          return null;
        }
      }
      return SpatialMethodCalls.call(method, v, values);
    } catch (SqlValueException e) {
      throw ValueErrors.toSql(e); // 6522: the type's .NET exception
    }
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
