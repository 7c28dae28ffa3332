package dev.quern.catalog.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CollationsTest {
  private static final String ALNUM = "abcXYZ019";

  @Test
  void fastPathAgreesWithTheCollator() {
    Collator c = Collator.getInstance(Locale.ENGLISH);
    c.setStrength(Collator.SECONDARY);
    Random r = new Random(42);
    for (int i = 0; i < 2000; i++) {
      String a = random(r);
      String b = random(r);
      assertThat(Collations.compare(a, b))
          .as(a + " vs " + b)
          .isEqualTo(Integer.signum(c.compare(a, b)));
    }
  }

  @Test
  void caseInsensitiveAccentSensitivePadded() {
    assertThat(Collations.compare("ABC", "abc  ")).isZero();
    assertThat(Collations.compare("resume", "r\u00e9sum\u00e9")).isNotZero();
    assertThat(Collations.compare("a-b", "A-B")).isZero();
    assertThat(Collations.compare("Zebra", "apple")).isPositive();
    assertThat(Collations.compare("9", "a")).isNegative();
  }

  private static String random(Random r) {
    int n = r.nextInt(5);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(ALNUM.charAt(r.nextInt(ALNUM.length())));
    }
    return sb.toString();
  }
}
