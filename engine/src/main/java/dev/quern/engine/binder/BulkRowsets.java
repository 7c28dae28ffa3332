package dev.quern.engine.binder;

import dev.quern.engine.ast.TableSource;
import dev.quern.engine.bulk.BulkFormat;
import dev.quern.engine.bulk.ServerFiles;
import dev.quern.engine.plan.BulkRowsetNode;
import dev.quern.engine.session.SessionState;

/**
 * Binds {@code OPENROWSET(BULK 'file', FORMATFILE = 'path', …)}: its columns are the format file's,
 * so the format file is read now, with the permission reading server files takes (4834).
 */
final class BulkRowsets {
  private BulkRowsets() {}

  static BulkRowsetNode bind(BindContext bind, TableSource.OpenRowsetBulk o) {
    if (bind.session() instanceof SessionState state) {
      ServerFiles.requirePermission(state);
    }
    return new BulkRowsetNode(o.file(), o.options(), BulkFormat.read(o.options().formatFile()));
  }
}
