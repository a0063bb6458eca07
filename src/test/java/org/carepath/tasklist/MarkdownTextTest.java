package org.carepath.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void shouldEscapeLinksEmphasisAndLineBreaks() {
    assertThat(MarkdownText.escape("[Click here](https://evil.example) *now*\n# Heading"))
        .isEqualTo("\\[Click here\\]\\(https\\:\\/\\/evil\\.example\\) \\*now\\* \\# Heading".replace("\\/", "/"));
  }

  @Test
  void shouldLeavePlainWordsAndNumbersReadable() {
    assertThat(MarkdownText.escape("Speech and language therapy")).isEqualTo("Speech and language therapy");
    assertThat(MarkdownText.escape(null)).isEmpty();
  }
}
