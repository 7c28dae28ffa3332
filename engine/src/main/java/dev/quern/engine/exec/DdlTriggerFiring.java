package dev.quern.engine.exec;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Database;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Trigger;
import dev.quern.engine.ast.DdlEventTypes;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.plan.StatementPlan;
import dev.quern.engine.session.SecretTexts;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.session.TriggerFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Fires the DDL triggers of the events a statement raised, once it has run, in its transaction
 * ("DDL Triggers"): for each event, the enabled triggers ON DATABASE of the database it happened in
 * that name its type or a group above it, then those ON ALL SERVER, each in creation order. Their
 * bodies run as DML triggers' do ({@link TriggerFiring#run}): an error or a ROLLBACK there undoes
 * the statement (3609 after ROLLBACK); EVENTDATA() reads the event's document.
 */
final class DdlTriggerFiring {
  /**
   * A password in CREATE/ALTER LOGIN … PASSWORD = '…' (or a key's, or the pass phrase KEY_SOURCE
   * derives a symmetric key from), which EVENTDATA() never shows.
   */
  private static final Pattern PASSWORD =
      Pattern.compile("(\\b(?:PASSWORD|KEY_SOURCE)\\s*=\\s*)N?'(?:[^']|'')*'", Pattern.CASE_INSENSITIVE);

  private DdlTriggerFiring() {}

  /** Fires the triggers of {@code events}, which {@code statement} raised and has just run. */
  static void fire(SessionState state, List<DdlEvent> events, StatementPlan.LateBound statement) {
    for (DdlEvent event : events) {
      List<Trigger> triggers = triggers(state, event);
      if (triggers.isEmpty()) {
        continue;
      }
      String xml = event.xml(state, command(state, statement));
      for (Trigger trigger : triggers) {
        TriggerFiring.run(state, trigger, TriggerFrame.ddl(trigger.id(), xml, state.nestLevel()), state.rowCount());
      }
    }
  }

  private static List<Trigger> triggers(SessionState state, DdlEvent event) {
    Catalog main = state.store().storage().main();
    Metadata md = state.store().metadata(main);
    List<Trigger> out = new ArrayList<>();
    if (event.database() != null && !DdlEventTypes.serverLevel(event.type())) {
      md.database(event.database()).map(Database::id)
          .ifPresent(db -> out.addAll(firing(md.ddlTriggers(db, Trigger.DATABASE), event)));
    }
    md.database("master").map(Database::id)
        .ifPresent(db -> out.addAll(firing(md.ddlTriggers(db, Trigger.SERVER), event)));
    return out;
  }

  private static List<Trigger> firing(List<Trigger> triggers, DdlEvent event) {
    return triggers.stream()
        .filter(t -> !t.disabled() && !creating(t, event)
            && t.events().stream().anyMatch(e -> DdlEventTypes.covers(e, event.type())))
        .toList();
  }

  /** Whether {@code event} is the CREATE TRIGGER that made {@code t}: a trigger does not fire for its own creation. */
  private static boolean creating(Trigger t, DdlEvent event) {
    return event.type().equals("CREATE_TRIGGER") && "DATABASE".equals(event.targetType())
        && t.name().equalsIgnoreCase(event.object());
  }

  /** The statement's text as its batch holds it (a password masked), else as it prints back. */
  private static String command(SessionState state, StatementPlan.LateBound statement) {
    String text = Optional.ofNullable(state.activity().batch())
        .flatMap(b -> span(b, statement))
        .orElseGet(() -> statement.statement().toSql());
    return SecretTexts.shown(text) == text ? text : masked(text);
  }

  private static Optional<String> span(BatchPlan batch, StatementPlan.LateBound statement) {
    if (batch.spans() == null || batch.text() == null) {
      return Optional.empty();
    }
    var span = batch.spans().get(statement);
    if (span == null || span.end() > batch.text().length()) {
      return Optional.empty();
    }
    return Optional.of(batch.text().substring(span.start(), span.end()));
  }

  private static String masked(String text) {
    return PASSWORD.matcher(text).replaceAll("$1'******'");
  }
}
