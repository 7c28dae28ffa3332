package dev.quern.catalog.fulltext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordBreakerTest {
  private static List<String> terms(String text, boolean accents) {
    return WordBreaker.words(text, accents).stream().map(WordBreaker.Word::term).toList();
  }

  @Test
  void breaksOnAnythingButLettersAndDigits() {
    assertThat(terms("E-mail: it's 2 Fast!", false)).containsExactly("e", "mail", "it", "s", "2", "fast");
  }

  @Test
  void numbersWordsByPosition() {
    assertThat(WordBreaker.words("the quick  fox", false))
        .extracting(WordBreaker.Word::position).containsExactly(0, 1, 2);
  }

  @Test
  void foldsAccentsUnlessSensitive() {
    assertThat(terms("Café Übung", false)).containsExactly("cafe", "ubung");
    assertThat(terms("Café", true)).containsExactly("café");
  }

  @Test
  void capsTermLength() {
    assertThat(terms("x".repeat(500), false).getFirst()).hasSize(WordBreaker.MAX_TERM_LENGTH);
  }
}
