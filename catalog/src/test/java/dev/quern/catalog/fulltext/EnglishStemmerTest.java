package dev.quern.catalog.fulltext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishStemmerTest {
  @Test
  void regularInflectionsMeet() {
    assertThat(EnglishStemmer.stem("running")).isEqualTo(EnglishStemmer.stem("run"));
    assertThat(EnglishStemmer.stem("runs")).isEqualTo("run");
    assertThat(EnglishStemmer.stem("walked")).isEqualTo(EnglishStemmer.stem("walking"));
    assertThat(EnglishStemmer.stem("ponies")).isEqualTo(EnglishStemmer.stem("pony"));
    assertThat(EnglishStemmer.stem("databases")).isEqualTo(EnglishStemmer.stem("database"));
    assertThat(EnglishStemmer.stem("searches")).isEqualTo(EnglishStemmer.stem("search"));
    assertThat(EnglishStemmer.stem("stopped")).isEqualTo(EnglishStemmer.stem("stop"));
  }

  @Test
  void leavesShortWordsNumbersAndIrregularFormsAlone() {
    assertThat(EnglishStemmer.stem("ran")).isEqualTo("ran");
    assertThat(EnglishStemmer.stem("2024s")).isEqualTo("2024s");
    assertThat(EnglishStemmer.stem("focus")).isEqualTo("focus");
    assertThat(EnglishStemmer.stem("glass")).isEqualTo("glass");
    assertThat(EnglishStemmer.stem("speed")).isEqualTo(EnglishStemmer.stem("speeds"));
  }

  @Test
  void systemStoplistHoldsTheNoiseWords() {
    assertThat(SystemStoplist.contains("the")).isTrue();
    assertThat(SystemStoplist.contains("database")).isFalse();
    assertThat(SystemStoplist.WORDS).isSorted();
  }
}
