package dev.quern.engine.locale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CulturesTest {
  @Test
  void everyCultureHasTwelveMonthsAndSevenDays() {
    for (Culture c : CultureTable.ALL) {
      Culture.Dates d = c.dates();
      assertThat(d.months()).as(c.name()).hasSize(12);
      assertThat(d.genitiveMonths()).as(c.name()).hasSize(12);
      assertThat(d.shortMonths()).as(c.name()).hasSize(12);
      assertThat(d.days()).as(c.name()).hasSize(7);
      assertThat(d.shortDays()).as(c.name()).hasSize(7);
    }
  }

  @Test
  void findsSpecificNeutralAndInvariantNamesIgnoringCase() {
    assertThat(Cultures.find("DE-de")).map(Culture::name).contains("de-DE");
    assertThat(Cultures.find("pt")).map(Culture::name).contains("pt-BR");
    assertThat(Cultures.find(" ")).map(Culture::name).contains("");
    assertThat(Cultures.find("cs-CZ")).isEmpty();
    assertThat(Cultures.names()).hasSize(21);
  }

  @Test
  void everyLanguageHasItsNamesAndAKnownCulture() {
    for (SqlLanguage l : SqlLanguages.all()) {
      assertThat(l.months()).as(l.name()).hasSize(12);
      assertThat(l.shortMonths()).as(l.name()).hasSize(12);
      assertThat(l.days()).as(l.name()).hasSize(7);
      assertThat(Cultures.find(l.culture())).as(l.name()).isPresent();
    }
  }

  @Test
  void sessionLanguagesPickTheirCultureAndFallBackToEnUs() {
    assertThat(Cultures.ofLanguage("Deutsch").name()).isEqualTo("de-DE");
    assertThat(Cultures.ofLanguage("british english").name()).isEqualTo("en-GB");
    assertThat(Cultures.ofLanguage(null).name()).isEqualTo("en-US");
  }
}
