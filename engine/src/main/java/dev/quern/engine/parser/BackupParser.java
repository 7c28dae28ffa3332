package dev.quern.engine.parser;

import dev.quern.engine.ast.BackupStatement;
import dev.quern.engine.ast.RestoreStatement;
import dev.quern.engine.ast.Statement;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses BACKUP and RESTORE ("BACKUP (Transact-SQL)", "RESTORE Statements"): one DISK device, then
 * WITH options. MOVE 'logical' TO 'physical' is kept as the option MOVE (Quern has no data files).
 */
final class BackupParser {
  /** Options without a value that SQL Server accepts; what each means to Quern is in the executors. */
  private static final Set<String> FLAGS = Set.of(
      "INIT", "NOINIT", "FORMAT", "NOFORMAT", "COPY_ONLY", "COMPRESSION", "NO_COMPRESSION", "CHECKSUM",
      "NO_CHECKSUM", "STATS", "SKIP", "NOSKIP", "REWIND", "NOREWIND", "UNLOAD", "NOUNLOAD", "REPLACE",
      "RECOVERY", "NORECOVERY", "STANDBY", "DIFFERENTIAL", "CONTINUE_AFTER_ERROR", "STOP_ON_ERROR", "RESTART",
      "KEEP_REPLICATION", "KEEP_CDC", "ENABLE_BROKER", "NEW_BROKER", "ERROR_BROKER_CONVERSATIONS",
      "NO_TRUNCATE", "NO_LOG", "TRUNCATE_ONLY", "BUFFERCOUNT", "MAXTRANSFERSIZE", "BLOCKSIZE", "FILE",
      "NAME", "DESCRIPTION", "MEDIANAME", "MEDIADESCRIPTION", "RETAINDAYS", "EXPIREDATE", "PASSWORD",
      "MEDIAPASSWORD", "MOVE", "STOPAT", "STOPATMARK", "STOPBEFOREMARK");

  private final TokenStream in;

  BackupParser(TokenStream in) {
    this.in = in;
  }

  static boolean starts(TokenStream in) {
    return in.at("BACKUP") || in.at("RESTORE");
  }

  Statement statement() {
    int line = in.line();
    return in.accept("BACKUP") ? backup(line) : restore(line);
  }

  private Statement backup(int line) {
    boolean log = in.accept("LOG");
    if (!log) {
      in.expect("DATABASE");
    }
    String database = in.identifier();
    in.expect("TO");
    Device device = device();
    return new BackupStatement(line, log, database, device.name(), device.logical(), options());
  }

  private Statement restore(int line) {
    in.expect("RESTORE");
    Token t = in.next();
    RestoreStatement.Kind kind;
    try {
      kind = RestoreStatement.Kind.valueOf(t.upper());
    } catch (IllegalArgumentException e) {
      throw TokenStream.errorNear(t);
    }
    String database = kind == RestoreStatement.Kind.DATABASE || kind == RestoreStatement.Kind.LOG
        ? in.identifier() : null;
    if (database != null && in.at("WITH")) { // RESTORE DATABASE name WITH RECOVERY: no device
      return new RestoreStatement(line, kind, database, null, false, options());
    }
    in.expect("FROM");
    Device device = device();
    return new RestoreStatement(line, kind, database, device.name(), device.logical(), options());
  }

  /** A path, or the name of a logical device. */
  private record Device(String name, boolean logical) {}

  /**
   * {@code DISK = 'path'}, the one physical device kind Quern writes (TAPE and URL are syntax
   * errors), or a logical device's name (sp_addumpdevice).
   */
  private Device device() {
    if (in.peek().upper().equals("DISK") && in.peek(1).isSymbol("=")) {
      in.next();
      in.expectSymbol("=");
      return new Device(in.stringLiteral(), false);
    }
    Token t = in.peek();
    if (t.upper().equals("TAPE") || t.upper().equals("URL") || t.upper().equals("DISK")) {
      throw TokenStream.errorNear(in.next());
    }
    return new Device(in.identifier(), true);
  }

  private Map<String, Object> options() {
    Map<String, Object> options = new LinkedHashMap<>();
    if (!in.accept("WITH")) {
      return options;
    }
    do {
      Token t = in.next();
      String name = t.upper();
      if (!FLAGS.contains(name)) {
        throw TokenStream.errorNear(t);
      }
      if (name.equals("MOVE")) {
        in.stringLiteral();
        in.expect("TO");
        in.stringLiteral();
        options.put(name, null);
      } else {
        options.put(name, in.acceptSymbol("=") ? value() : null);
      }
    } while (in.acceptSymbol(","));
    return options;
  }

  private Object value() {
    Token t = in.peek();
    if (t.isStringLiteral()) {
      return in.stringLiteral();
    }
    if (t.type() == TokenType.NUMBER) {
      return in.signedNumber();
    }
    return in.next().value().toUpperCase(Locale.ROOT);
  }
}
