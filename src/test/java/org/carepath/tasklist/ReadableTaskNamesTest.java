package org.carepath.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadableTaskNamesTest {

  @Test
  void shouldNameTheStepTheChildAndTheCase() {
    assertThat(ReadableTaskNames.readable("Screen referral", " Ffion Jones ", "ISC-N-2026-00001"))
        .isEqualTo("Screen referral: Ffion Jones (ISC-N-2026-00001)");
  }

  @Test
  void shouldNameTheCaseAloneWhenTheChildIsUnknown() {
    assertThat(ReadableTaskNames.readable("Review care plan", null, "ISC-S-2026-00042"))
        .isEqualTo("Review care plan: ISC-S-2026-00042");
    assertThat(ReadableTaskNames.readable("Review care plan", "  ", "ISC-S-2026-00042"))
        .isEqualTo("Review care plan: ISC-S-2026-00042");
  }

  @Test
  void shouldKeepTheStepWhenNothingElseIsKnown() {
    assertThat(ReadableTaskNames.readable("Screen referral", null, null)).isEqualTo("Screen referral");
    assertThat(ReadableTaskNames.readable(null, null, "")).isEqualTo("Task");
  }

  @Test
  void shouldShortenALongChildNameButNeverTheReference() {
    String name = ReadableTaskNames.readable("Call family to offer care co-ordination", "A".repeat(100) + " " + "B".repeat(100),
        "ISC-W-2026-12345");

    assertThat(name).hasSizeLessThanOrEqualTo(255).endsWith("… (ISC-W-2026-12345)");
  }
}
