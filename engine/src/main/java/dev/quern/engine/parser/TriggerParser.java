package dev.quern.engine.parser;

import dev.quern.catalog.meta.Trigger;
import dev.quern.engine.ast.CreateTriggerStatement;
import dev.quern.engine.ast.DdlEventTypes;
import dev.quern.engine.ast.CreateViewStatement;
import dev.quern.engine.error.SqlErrors;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The head of CREATE [OR ALTER] / ALTER TRIGGER: name, ON table or view, AFTER|FOR|INSTEAD OF and
 * the statements that fire it, or ON DATABASE | ALL SERVER, FOR|AFTER and the DDL event types and
 * groups that fire it (1084 for one that is none, 1098 for a server-level one ON DATABASE), then
 * AS; the body after it is the rest of the batch, which the caller parses.
 */
final class TriggerParser {
  private final TokenStream in;

  TriggerParser(TokenStream in) {
    this.in = in;
  }

  static boolean starts(TokenStream in) {
    return ProcedureParser.startsModule(in, "TRIGGER");
  }

  /** A parsed head, and where the body starts in the text. */
  record Head(
      int line, CreateViewStatement.Mode mode, List<String> name, List<String> table, Set<String> events,
      boolean insteadOf, int parentClass, int bodyOffset) {}

  Head head() {
    int line = in.line();
    CreateViewStatement.Mode mode = ProcedureParser.mode(in);
    in.expect("TRIGGER");
    List<String> name = NameParser.objectName(in);
    in.expect("ON");
    int parentClass = scope(in);
    List<String> table = parentClass == Trigger.OBJECT ? NameParser.objectName(in) : List.of();
    if (in.accept("WITH")) {
      do {
        option();
      } while (in.acceptSymbol(","));
    }
    if (parentClass != Trigger.OBJECT) {
      if (!in.accept("AFTER")) {
        in.expect("FOR");
      }
      Set<String> events = ddlEvents(parentClass);
      in.expect("AS");
      return new Head(line, mode, name, table, events, false, parentClass, in.peek().offset());
    }
    boolean insteadOf = in.accept("INSTEAD");
    if (insteadOf) {
      in.expect("OF");
    } else if (!in.accept("AFTER")) {
      in.expect("FOR");
    }
    Set<String> events = new LinkedHashSet<>();
    do {
      var t = in.next();
      if (!t.is("INSERT") && !t.is("UPDATE") && !t.is("DELETE")) {
        throw TokenStream.errorNear(t);
      }
      events.add(t.upper());
    } while (in.acceptSymbol(","));
    if (in.accept("WITH")) {
      in.expect("APPEND");
    }
    if (in.accept("NOT")) {
      in.expect("FOR");
      in.expect("REPLICATION");
    }
    in.expect("AS");
    return new Head(line, mode, name, table, events, insteadOf, Trigger.OBJECT, in.peek().offset());
  }

  /**
   * After ON: DATABASE or ALL SERVER (a DDL trigger's scope, consumed) or else a table or view
   * (left to read): the sys.triggers.parent_class it gives.
   */
  static int scope(TokenStream in) {
    if (in.accept("DATABASE")) {
      return Trigger.DATABASE;
    }
    if (in.at("ALL") && in.peek(1).is("SERVER")) {
      in.next();
      in.next();
      return Trigger.SERVER;
    }
    return Trigger.OBJECT;
  }

  /** The event types and groups of a DDL trigger, as named (upper case). */
  private Set<String> ddlEvents(int parentClass) {
    Set<String> events = new LinkedHashSet<>();
    do {
      var t = in.next();
      String name = t.value().toUpperCase(java.util.Locale.ROOT);
      var type = DdlEventTypes.of(name).orElseThrow(() -> SqlErrors.INVALID_EVENT_TYPE.raise(t.value()));
      if (parentClass == Trigger.DATABASE && DdlEventTypes.serverOnly(type.name())) {
        throw SqlErrors.EVENT_NOT_VALID_ON_TARGET.raise();
      }
      events.add(name);
    } while (in.acceptSymbol(","));
    return events;
  }

  /** Whether a trigger definition's head reads WITH ENCRYPTION; false for any other text. */
  static boolean encrypts(String definition) {
    TokenStream in = new TokenStream(dev.quern.engine.lexer.Lexer.tokenize(definition == null ? "" : definition, true));
    TriggerParser p = new TriggerParser(in);
    try {
      p.head();
    } catch (RuntimeException e) {
      return false;
    }
    return p.encryption;
  }

  /** Whether the head read WITH ENCRYPTION. */
  private boolean encryption;

  /**
   * EXECUTE AS CALLER (what firing does) and ENCRYPTION (the text is hidden) are accepted; other
   * options are 40517.
   */
  private void option() {
    if (in.accept("ENCRYPTION")) {
      encryption = true;
      return;
    }
    if (in.at("EXECUTE") || in.at("EXEC")) {
      in.next();
      in.expect("AS");
      var who = in.next();
      if (who.is("CALLER")) {
        return;
      }
      throw SqlErrors.OPTION_NOT_SUPPORTED.raise("EXECUTE AS " + who.value());
    }
    var t = in.next();
    throw SqlErrors.OPTION_NOT_SUPPORTED.raise(t.value().toUpperCase(java.util.Locale.ROOT));
  }

  /** ENABLE|DISABLE TRIGGER {name [, …] | ALL} ON {table | DATABASE | ALL SERVER}. */
  static dev.quern.engine.ast.EnableTriggerStatement enable(TokenStream in) {
    int line = in.line();
    boolean enable = in.next().is("ENABLE");
    in.expect("TRIGGER");
    List<List<String>> names = new java.util.ArrayList<>();
    if (!in.accept("ALL")) {
      do {
        names.add(NameParser.objectName(in));
      } while (in.acceptSymbol(","));
    }
    in.expect("ON");
    int parentClass = scope(in);
    List<String> table = parentClass == Trigger.OBJECT ? NameParser.objectName(in) : List.of();
    return new dev.quern.engine.ast.EnableTriggerStatement(line, enable, names, table, parentClass);
  }

  /**
   * ALTER TABLE table {ENABLE|DISABLE} TRIGGER {ALL | name [, …]}: the same as ENABLE|DISABLE
   * TRIGGER … ON table (the cursor is at ENABLE or DISABLE).
   */
  static dev.quern.engine.ast.EnableTriggerStatement enableOnTable(TokenStream in, int line, List<String> table) {
    boolean enable = in.next().is("ENABLE");
    in.expect("TRIGGER");
    List<List<String>> names = new java.util.ArrayList<>();
    if (!in.accept("ALL")) {
      do {
        names.add(List.of(in.identifier()));
      } while (in.acceptSymbol(","));
    }
    return new dev.quern.engine.ast.EnableTriggerStatement(line, enable, names, table, Trigger.OBJECT);
  }

  static CreateTriggerStatement statement(Head head, String definition) {
    return new CreateTriggerStatement(
        head.line(), head.mode(), head.name(), head.table(), head.events(), head.insteadOf(), head.parentClass(),
        definition);
  }
}
