package dev.quern.engine.func;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.re2j.Pattern;
import dev.quern.catalog.value.SqlValueException;
import org.junit.jupiter.api.Test;

/** RE2 syntax as SQL Server 2025 accepts and refuses it, with the numbers and states it raises. */
class RegexCompilerTest {
  @Test
  void flagsLastOfCaseWinsAndOthersAreRefused() {
    assertThat(RegexFlags.parse("ic") & Pattern.CASE_INSENSITIVE).isZero();
    assertThat(RegexFlags.parse("ci") & Pattern.CASE_INSENSITIVE).isNotZero();
    assertThat(RegexFlags.parse("ms")).isEqualTo(Pattern.MULTILINE | Pattern.DOTALL);
    assertThat(RegexFlags.parse("")).isZero();
    assertThatThrownBy(() -> RegexFlags.parse("x")).extracting(e -> ((SqlValueException) e).number()).isEqualTo(19303);
    assertThatThrownBy(() -> RegexFlags.parse("i".repeat(31))).extracting(e -> ((SqlValueException) e).number()).isEqualTo(19302);
  }

  @Test
  void nestedRepetitionIsLimitedToAThousandInAll() {
    assertThat(RepetitionBudget.exceeded("((a{10}){10}){10}")).isNull();
    assertThat(RepetitionBudget.exceeded("((a{10}){10}){11}")).isEqualTo("{11}");
    assertThat(RepetitionBudget.exceeded("(a{2,})b{500}(c{1,3}){2}")).isNull();
    assertThat(RepetitionBudget.exceeded("(a{2,3}){400}")).isEqualTo("{400}");
    // Braces inside classes, escapes and \Q…\E are not repetitions.
    assertThat(RepetitionBudget.exceeded("([{]{999}\\{2}){999}")).isEqualTo("{999}");
    assertThat(RepetitionBudget.exceeded("(\\Q{5}\\E){999}[{2}]{999}")).isNull();
    assertThat(RepetitionBudget.exceeded("a{1001}")).isNull(); // one count alone is RE2/J's own error
  }

  @Test
  void patternErrorsCarrySqlServersNumbersAndStates() {
    assertError("(", false, 19308, 1);
    assertError("(", true, 19308, 3);
    assertError("[a", false, 19308, 2);
    assertError("[a", true, 19308, 4);
    assertError(")", true, 19307, 2);
    assertError("a\\", false, 19309, 1);
    assertError("a(?!b)", true, 19300, 2);
    assertThat(RegexCompiler.compile("(?P<year>\\d{4})", 0, false).groupCount()).isEqualTo(1);
  }

  private static void assertError(String pattern, boolean rowset, int number, int state) {
    assertThatThrownBy(() -> RegexCompiler.compile(pattern, 0, rowset))
        .isInstanceOfSatisfying(SqlValueException.class, e -> {
          assertThat(e.number()).isEqualTo(number);
          assertThat(e.state()).isEqualTo(state);
        });
  }
}
