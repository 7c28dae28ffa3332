package dev.quern.engine.exec;

import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.exec.op.Operator;
import dev.quern.engine.exec.op.OperatorBuilder;
import dev.quern.engine.plan.DmlPlan;
import dev.quern.engine.session.SessionState;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * WITH CHECK OPTION ("CREATE VIEW"): after an INSERT or UPDATE through such a view (or through a
 * view over one) wrote its rows, each of them must be a row the view shows; one that is not is
 * 550. The view's rows are read after the write, so its WHERE, joins and TOP all count.
 */
final class ViewCheckOption {
  private ViewCheckOption() {}

  static void verify(SessionState state, DmlPlan.ViewCheck check, List<Object[]> written, Frame frame) {
    if (written.isEmpty()) {
      return;
    }
    Operator op = new OperatorBuilder(frame.eval, state::checkCancelled, () -> {}).build(check.rows().root());
    Map<List<Object>, Integer> shown = new HashMap<>();
    for (Object[] r; (r = op.next()) != null; ) {
      state.checkCancelled();
      shown.merge(key(r), 1, Integer::sum);
    }
    for (Object[] row : written) {
      List<Object> k = key(row);
      Integer left = shown.get(k);
      if (left == null || left == 0) {
        throw SqlErrors.VIEW_CHECK_OPTION.raise();
      }
      shown.put(k, left - 1);
    }
  }

  /** A row's values as a map key (binary values compared by content). */
  private static List<Object> key(Object[] row) {
    List<Object> k = new ArrayList<>(row.length);
    for (Object v : row) {
      k.add(v instanceof byte[] b ? ByteBuffer.wrap(b) : v);
    }
    return k;
  }
}
