package org.carepath.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseRecordEntryTest {

  @Test
  void shouldKeepATitleThatFitsTheColumn() {
    assertThat(CaseRecordEntry.abbreviated("t".repeat(200))).isEqualTo("t".repeat(200));
  }

  @Test
  void shouldAbbreviateTheTitleOfAReferrerAndOrganisationOfTheLongestAllowedLength() {
    // given: 200 characters each, the most a referral allows, made a title of 425 (a 500 before)
    String title = "Referral received from " + "N".repeat(200) + ", " + "O".repeat(200);

    // when
    String abbreviated = CaseRecordEntry.abbreviated(title);

    // then
    assertThat(abbreviated).hasSize(CaseRecordEntry.TITLE_LENGTH).endsWith("N…")
        .startsWith("Referral received from NNN");
  }

  @Test
  void shouldNeverCutAnEmojiInHalf() {
    String title = "a".repeat(198) + "🙂" + "tail";

    assertThat(CaseRecordEntry.abbreviated(title)).isEqualTo("a".repeat(198) + "…");
  }
}
