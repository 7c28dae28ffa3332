package dev.quern.engine.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.error.SqlErrors;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sys.messages' system rows come from the engine's error catalogs, one per number. */
class SystemMessagesTest {
  @Test
  void listsEveryCatalogOncePerNumberInOrder() {
    List<Integer> numbers = SystemMessages.all().stream().map(SystemMessages.Entry::number).toList();
    assertThat(numbers).isSorted().doesNotHaveDuplicates();
    assertThat(numbers).contains(SqlErrors.MESSAGE_NOT_FOUND.number(), MessageErrors.ID_TOO_LOW.number());
    assertThat(SystemMessages.all()).allSatisfy(e -> assertThat(e.severity()).isBetween(0, 25));
  }

  @Test
  void firstDeclaredWordingWinsForANumber() {
    // 35100 words both THROW's number and its state check: the number's text comes first.
    assertThat(SystemMessages.find(35100)).get().extracting(SystemMessages.Entry::text)
        .isEqualTo(SqlErrors.THROW_NUMBER_RANGE.template());
    assertThat(SystemMessages.find(50001)).isEmpty();
  }

  @Test
  void languagesMapToTheirMessageLcid() {
    assertThat(MessageLanguages.lcid("us_english")).contains(1033);
    assertThat(MessageLanguages.lcid("english")).contains(1033);
    assertThat(MessageLanguages.lcid("British")).contains(1033);
    assertThat(MessageLanguages.lcid("German")).contains(1031);
    assertThat(MessageLanguages.lcid("Français")).contains(1036);
    assertThat(MessageLanguages.lcid("Klingon")).isEmpty();
  }
}
