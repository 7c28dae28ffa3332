package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.BulkFileKind;
import java.util.List;

/**
 * OPENROWSET(BULK 'file', SINGLE_BLOB | SINGLE_CLOB | SINGLE_NCLOB): one row whose BulkColumn is
 * the file's content as varbinary(max), varchar(max) or nvarchar(max).
 */
public record BulkFileNode(String file, BulkFileKind kind) implements PlanNode {
  @Override
  public List<ResultColumn> columns() {
    SqlType type = switch (kind) {
      case SINGLE_BLOB -> SqlType.ofLength(TypeId.VARBINARY, SqlType.MAX);
      case SINGLE_CLOB -> SqlType.ofLength(TypeId.VARCHAR, SqlType.MAX);
      case SINGLE_NCLOB -> SqlTypes.NVARCHAR_MAX;
    };
    return List.of(new ResultColumn("BulkColumn", type, true));
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public String describe() {
    return "BulkFile(" + kind + ")";
  }
}
