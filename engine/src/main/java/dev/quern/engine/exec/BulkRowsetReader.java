package dev.quern.engine.exec;

import dev.quern.engine.ast.BulkInsertOptions;
import dev.quern.engine.bulk.BulkFormat;
import dev.quern.engine.error.BulkLoadErrors;
import dev.quern.engine.plan.BulkRowsetNode;
import dev.quern.engine.session.SessionState;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads OPENROWSET(BULK 'file', FORMATFILE = …)'s rows: the data file's records between FIRSTROW
 * and LASTROW, each field a format file's column names converted to that column's type by BULK
 * INSERT's rules ({@link BulkFieldConverter}), an empty field NULL. A rowset has nowhere to set a
 * bad row aside, so a field that does not convert ends the query with its row error (4863, 4864,
 * 4867). The rows are read whole before the first is returned (operators have no close to end
 * a file read part way), as SINGLE_BLOB reads its file.
 */
public final class BulkRowsetReader {
  private BulkRowsetReader() {}

  public static List<Object[]> rows(SessionState state, BulkRowsetNode node) {
    BulkFiles.requirePermission(state);
    BulkInsertOptions o = node.options();
    BulkFormat format = node.format();
    List<BulkFormat.Target> targets = node.targets();
    List<Object[]> rows = new ArrayList<>();
    try (InputStream in = BulkFiles.open(node.file());
        BulkDataFile file = new BulkDataFile(in, o, BulkDataFile.layout(format), format.wide(), false, node.file())) {
      for (BulkDataFile.Record r; (r = file.next()) != null; ) {
        state.checkCancelled();
        if (o.lastRow() > 0 && r.row() > o.lastRow()) {
          break;
        }
        if (r.row() >= o.firstRow()) {
          rows.add(row(r, targets));
        }
      }
    } catch (IOException e) {
      throw BulkLoadErrors.FILE_NOT_OPENED.raise(node.file(), e.getMessage());
    } catch (java.io.UncheckedIOException e) {
      throw BulkLoadErrors.FILE_NOT_OPENED.raise(node.file(), e.getCause().getMessage());
    }
    return rows;
  }

  private static Object[] row(BulkDataFile.Record r, List<BulkFormat.Target> targets) {
    Object[] row = new Object[targets.size()];
    for (int i = 0; i < targets.size(); i++) {
      BulkFormat.Target t = targets.get(i);
      String field = r.fields()[t.field()];
      row[i] = field == null ? null : BulkFieldConverter.convert(field, t.type(), t.type(), t.name(), r.row(), i + 1);
    }
    return row;
  }
}
