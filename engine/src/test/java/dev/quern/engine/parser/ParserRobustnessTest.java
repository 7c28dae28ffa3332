package dev.quern.engine.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.exec.Compiler;
import dev.quern.engine.lexer.Lexer;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.session.QuernSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Compiles mutated versions of the golden scripts' batches (tokens dropped, repeated, swapped or
 * replaced): whatever the input, compiling either succeeds or raises a SQL error, never another
 * exception. Seeded, so a failure reproduces.
 */
class ParserRobustnessTest {
  private static final List<String> REPLACEMENTS =
      List.of("NULL", "0", "''", "-1", "2147483648", "1e308", "N'x'", "@@ROWCOUNT", "(SELECT 1)", "(", ")", ",", "END", "ELSE");

  @Test
  void mutatedBatchesCompileOrFailWithASqlError() throws IOException {
    List<String> seeds = seeds();
    Random random = new Random(20261125);
    List<String> defects = new ArrayList<>();
    try (QuernEngine engine = QuernEngine.inMemory(); QuernSession session = (QuernSession) TestSessions.open(engine)) {
      Compiler compiler = new Compiler(session.state());
      for (int i = 0; i < 3000; i++) {
        String sql = mutate(seeds.get(random.nextInt(seeds.size())), random);
        try {
          compiler.batch(sql, false);
        } catch (SqlException expected) {
          // A syntax or binding error is a fine answer to garbage.
        } catch (RuntimeException e) {
          defects.add(e + " :: " + sql);
        }
      }
    }
    assertThat(defects).isEmpty();
  }

  private static String mutate(String seed, Random random) {
    List<String> words = new ArrayList<>();
    try {
      for (Token t : Lexer.tokenize(seed, true)) {
        words.add(t.raw());
      }
    } catch (SqlException e) {
      return seed;
    }
    words.removeLast();
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations && !words.isEmpty(); m++) {
      int k = random.nextInt(words.size());
      switch (random.nextInt(4)) {
        case 0 -> words.remove(k);
        case 1 -> words.add(k, words.get(random.nextInt(words.size())));
        case 2 -> Collections.swap(words, k, random.nextInt(words.size()));
        default -> words.set(k, REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size())));
      }
    }
    return String.join(" ", words);
  }

  private static List<String> seeds() throws IOException {
    List<String> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/sql"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
        for (String block : Files.readString(p).split("\n\n")) {
          StringBuilder sql = new StringBuilder();
          boolean header = true;
          for (String line : block.split("\n")) {
            if (line.startsWith("#")) {
              continue;
            }
            if (header) {
              header = false;
              continue;
            }
            if (line.equals("----")) {
              break;
            }
            sql.append(line).append('\n');
          }
          if (!sql.isEmpty()) {
            seeds.add(sql.toString());
          }
        }
      }
    }
    return seeds;
  }
}
