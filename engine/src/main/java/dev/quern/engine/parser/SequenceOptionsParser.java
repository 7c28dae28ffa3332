package dev.quern.engine.parser;

import dev.quern.engine.ast.AlterSequenceStatement;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Parses ALTER SEQUENCE's options ("ALTER SEQUENCE (Transact-SQL)"); each at most once (11712). */
final class SequenceOptionsParser {
  private final TokenStream in;
  private final Set<String> seen = new HashSet<>();

  SequenceOptionsParser(TokenStream in) {
    this.in = in;
  }

  AlterSequenceStatement alter(int line) {
    in.expect("SEQUENCE");
    List<String> name = NameParser.objectName(in);
    boolean restart = false;
    Long restartWith = null;
    Long increment = null;
    Long min = null;
    Long max = null;
    boolean noMin = false;
    boolean noMax = false;
    Boolean cycle = null;
    Integer cache = null;
    while (true) {
      Token t = in.peek();
      if (t.is("RESTART")) {
        in.next();
        once("RESTART");
        restart = true;
        if (in.accept("WITH")) {
          restartWith = in.signedNumber();
        }
      } else if (t.is("INCREMENT")) {
        in.next();
        in.expect("BY");
        once("INCREMENT");
        increment = in.signedNumber();
      } else if (t.is("MINVALUE")) {
        in.next();
        once("MINVALUE");
        min = in.signedNumber();
      } else if (t.is("MAXVALUE")) {
        in.next();
        once("MAXVALUE");
        max = in.signedNumber();
      } else if (t.is("CYCLE")) {
        in.next();
        once("CYCLE");
        cycle = true;
      } else if (t.is("CACHE")) {
        in.next();
        once("CACHE");
        boolean sized = in.peek().type() == TokenType.NUMBER || in.peek().isSymbol("-");
        cache = sized ? (int) in.signedNumber() : -1; // -1: CACHE without a size
        if (sized && cache <= 0) {
          throw SqlErrors.SEQUENCE_CACHE_SIZE.raise(name.getLast());
        }
      } else if (t.is("NO")) {
        in.next();
        Token what = in.next();
        once(what.upper());
        if (what.is("CYCLE")) {
          cycle = false;
        } else if (what.is("CACHE")) {
          cache = 0;
        } else if (what.is("MINVALUE")) {
          noMin = true;
        } else if (what.is("MAXVALUE")) {
          noMax = true;
        } else {
          throw TokenStream.errorNear(what);
        }
      } else if (t.is("START")) {
        throw SqlErrors.ALTER_SEQUENCE_START.raise();
      } else if (t.is("AS")) {
        throw SqlErrors.ALTER_SEQUENCE_AS.raise();
      } else {
        break;
      }
    }
    if (seen.isEmpty()) {
      throw SqlErrors.ALTER_SEQUENCE_NOTHING.raise();
    }
    return new AlterSequenceStatement(
        line, name, restart, restartWith, increment, min, noMin, max, noMax, cycle, cache);
  }

  private void once(String option) {
    if (!seen.add(option)) {
      throw SqlErrors.SEQUENCE_ARGUMENT_TWICE.raise(option);
    }
  }
}
