package org.carepath.carecoordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What counts as "the form changed the plan": only a change a person made. */
class CarePlanFormListenerTest {

  @Test
  void shouldSeeNoChangeInWhatTheFormSendsBackUntouched() {
    // given the plan as the form was given it
    Map<String, Object> given = form(
        List.of(row("area", "SOCIAL", "description", "Parents need a break")),
        List.of(row("name", "SLT", "contactName", null, "email", "slt@nhs.example", "consentToShare", false)),
        "2027-05-01");
    // and as a browser sends it back: blanks, unticked boxes, a date-time, extra keys, an empty row
    Map<String, Object> returned = form(
        List.of(row("area", "SOCIAL", "description", " Parents need a break "), row("area", "", "description", "")),
        List.of(row("name", "SLT", "contactName", "", "email", "slt@nhs.example", "consentToShare", null, "id", "x")),
        "2027-05-01T00:00:00");

    assertThat(CarePlanFormListener.normalized(returned)).isEqualTo(CarePlanFormListener.normalized(given));
  }

  @Test
  void shouldSeeAChangedReviewDateOrAnAddedNeed() {
    Map<String, Object> given = form(List.of(row("area", "SOCIAL", "description", "Respite")), List.of(), "2027-05-01");

    assertThat(CarePlanFormListener.normalized(form(List.of(row("area", "SOCIAL", "description", "Respite")), List.of(),
        "2027-04-01"))).isNotEqualTo(CarePlanFormListener.normalized(given));
    assertThat(CarePlanFormListener.normalized(form(List.of(row("area", "SOCIAL", "description", "Respite"),
        row("area", "LEGAL", "description", "Custody")), List.of(), "2027-05-01")))
        .isNotEqualTo(CarePlanFormListener.normalized(given));
  }

  private static Map<String, Object> form(List<Map<String, Object>> needs, List<Map<String, Object>> agencies,
      String reviewDate) {
    Map<String, Object> form = new HashMap<>();
    form.put(CarePlanFormListener.NEEDS, needs);
    form.put(CarePlanFormListener.AGENCIES, agencies);
    form.put(CarePlanFormListener.ACTIONS, List.of());
    form.put(CarePlanFormListener.LEAD_AGENCY, "SLT");
    form.put(CarePlanFormListener.CASE_MANAGER, "nina");
    form.put(CarePlanFormListener.REVIEW_DATE, reviewDate);
    return form;
  }

  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }
}
