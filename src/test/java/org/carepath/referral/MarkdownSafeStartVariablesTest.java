package org.carepath.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.Sector;
import org.junit.jupiter.api.Test;

class MarkdownSafeStartVariablesTest {

  @Test
  void shouldEscapeTheNamesOutsidersTypeBeforeAFormShowsThemAsMarkdown() throws Exception {
    // given a referrer and a parent whose names carry Markdown links (the API's plain-text rule allows brackets)
    String body = ReferralRequests.valid("NORTH", null)
        .replace("\"Dr Owen Price\"", "\"[Open the case page](https://phish.example/)\"")
        .replace("\"Rhian Jones\"", "\"Rhian [click](https://phish.example/)\"");
    ReferralRequest request = new ObjectMapper().findAndRegisterModules().readValue(body, ReferralRequest.class);
    Referral referral = new Referral(new CareCase("ISC-N-2026-00099", null, Sector.NORTH, Instant.now()), request,
        Instant.now());

    // when
    var variables = ReferralPathwayProcess.startVariables(referral.getCareCase(), referral, LocalDate.of(2026, 12, 7));

    // then no bracket or parenthesis is left unescaped: Tasklist shows the text, never a link
    for (String name : new String[] {"referrerName", "parentName"}) {
      String shown = (String) variables.get(name);
      assertThat(shown.replaceAll("\\\\[\\[\\]()]", "")).as(name).doesNotContain("[", "]", "(", ")");
    }
  }
}
