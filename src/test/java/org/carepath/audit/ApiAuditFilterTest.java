package org.carepath.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** What the API audit records for a request, and that no answer leaves without its line. */
class ApiAuditFilterTest {

  private static final String REFERENCE = "ISC-N-2026-00001";
  private static final String ANSWER = "{\"reference\":\"" + REFERENCE + "\",\"child\":\"Ffion Jones\"}";

  private final AuditTrail trail = mock(AuditTrail.class);
  private final ApiPathTemplates templates = mock(ApiPathTemplates.class);
  private final ApiAuditFilter filter = new ApiAuditFilter(trail, templates);
  private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/cases/" + REFERENCE);
  private final MockHttpServletResponse response = new MockHttpServletResponse();

  ApiAuditFilterTest() {
    when(templates.match("/api/cases/" + REFERENCE)).thenReturn(
        Optional.of(new ApiPathTemplates.Match("/api/cases/{reference}", Map.of("reference", REFERENCE))));
  }

  @Test
  void shouldRecordTheUserTheEndpointTheCaseAndTheOutcome() throws Exception {
    // given
    request.setAttribute(AuditedRequest.USER, "sara");
    request.setQueryString("child=Ffion");

    // when
    filter.doFilter(request, response, answering(404, "{\"status\":404}"));

    // then
    AuditEvent event = recorded();
    assertThat(event.getUserId()).isEqualTo("sara");
    assertThat(event.getCaseReference()).isEqualTo(REFERENCE);
    assertThat(event.getAction()).isEqualTo("GET /api/cases/{reference}");
    assertThat(event.getPath()).isEqualTo("/api/cases/" + REFERENCE).doesNotContain("Ffion");
    assertThat(event.getOutcome()).isEqualTo(AuditOutcome.DENIED);
    assertThat(event.getStatus()).isEqualTo(404);
    assertThat(response.getStatus()).isEqualTo(404);
  }

  @Test
  void shouldLetTheAnswerGoOnceItIsRecorded() throws Exception {
    filter.doFilter(request, response, answering(200, ANSWER));

    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(ANSWER);
    assertThat(recorded().getOutcome()).isEqualTo(AuditOutcome.ALLOWED);
  }

  @Test
  void shouldWithholdTheAnswerWhenItCannotBeRecorded() throws Exception {
    // given
    doThrow(new DataAccessResourceFailureException("database down")).when(trail).recordRequest(any());

    // when
    filter.doFilter(request, response, answering(200, ANSWER));

    // then
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("could not be recorded")
        .doesNotContain("Ffion");
  }

  @Test
  void shouldRecordAnUnhandledFailure() {
    FilterChain failing = (req, res) -> {
      throw new IllegalStateException("boom with details");
    };

    assertThatThrownBy(() -> filter.doFilter(request, response, failing)).hasMessage("boom with details");
    AuditEvent event = recorded();
    assertThat(event.getOutcome()).isEqualTo(AuditOutcome.FAILED);
    assertThat(event.getStatus()).isEqualTo(500);
    assertThat(event.getDetail()).isEqualTo("unhandled IllegalStateException");
  }

  @Test
  void shouldNotStoreSomethingThatIsNoCaseReferenceAsOne() throws Exception {
    String path = "/api/cases/Ffion Jones, 14 March 2021";
    request.setRequestURI(path);
    when(templates.match(path)).thenReturn(Optional.of(
        new ApiPathTemplates.Match("/api/cases/{reference}", Map.of("reference", "Ffion Jones, 14 March 2021"))));

    filter.doFilter(request, response, answering(404, ""));

    assertThat(recorded().getCaseReference()).isNull();
    assertThat(recorded().getOutcome()).isEqualTo(AuditOutcome.DENIED);
  }

  @ParameterizedTest(name = "{0} on a case: {1} -> {2}")
  @CsvSource({"200, true, ALLOWED", "201, false, ALLOWED", "204, true, ALLOWED", "401, false, DENIED",
      "403, false, DENIED", "404, true, DENIED", "404, false, REFUSED", "400, true, REFUSED", "409, true, REFUSED",
      "415, false, REFUSED", "500, true, FAILED", "503, false, FAILED"})
  void shouldNameTheOutcomeOfAStatus(int status, boolean onCase, AuditOutcome outcome) {
    assertThat(AuditOutcome.of(status, onCase)).isEqualTo(outcome);
  }

  private AuditEvent recorded() {
    var event = ArgumentCaptor.forClass(AuditEvent.class);
    verify(trail).recordRequest(event.capture());
    return event.getValue();
  }

  private static FilterChain answering(int status, String body) {
    return (req, res) -> {
      ((jakarta.servlet.http.HttpServletResponse) res).setStatus(status);
      res.setContentType("application/json");
      res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    };
  }
}
