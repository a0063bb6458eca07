package org.carepath.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalLinksOnTheCaseFileTest {

  @Test
  void shouldKeepNoPersonalLinkInTheCopyOfALetterOnTheCaseFile() {
    String token = "A".repeat(20) + "b-_" + "9".repeat(20);
    String body = "<p><a href=\"https://carepath.example/my-record/" + token + "\">https://carepath.example/my-record/"
        + token + "</a></p><p>/self-assessment/" + token + " /feedback/" + token + "</p>";

    String filed = NotificationLog.withoutPersonalLinks(body);

    assertThat(filed).doesNotContain(token).contains("https://carepath.example/my-record/[personal link, not kept on the case file]",
        "/self-assessment/[personal link", "/feedback/[personal link");
  }

  @Test
  void shouldLeaveOtherAddressesAlone() {
    String body = "See https://carepath.example/api/cases/ADL-2026-00001 and /feedback/short";

    assertThat(NotificationLog.withoutPersonalLinks(body)).isEqualTo(body);
  }
}
