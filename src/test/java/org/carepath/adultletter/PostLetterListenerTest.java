package org.carepath.adultletter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostLetterListenerTest {

  @Test
  void shouldShowALetterWhole() {
    assertThat(PostLetterListener.forForm("Annwyl Edith,\n\nDear Edith,")).isEqualTo("Annwyl Edith,\n\nDear Edith,");
  }

  @Test
  void shouldShowTheBeginningOfALetterTooLongForTheEngineAndPointToTheCasePage() {
    String letter = "x".repeat(6000);

    String shown = PostLetterListener.forForm(letter);

    assertThat(shown).hasSizeLessThan(4000).startsWith("x".repeat(PostLetterListener.FORM_TEXT_LIMIT))
        .endsWith("print the whole of it from the case page (\"Letter to post\").");
  }
}
