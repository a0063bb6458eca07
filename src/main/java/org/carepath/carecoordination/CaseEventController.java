package org.carepath.carecoordination;

import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/cases/{reference}/events}: 202 when the event was handed to the case's process. */
@RestController
class CaseEventController {

  private final CaseEvents events;

  CaseEventController(CaseEvents events) {
    this.events = events;
  }

  @PostMapping(path = "/api/cases/{reference}/events", consumes = "application/json")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Map<String, String> post(@PathVariable String reference, @Valid @RequestBody CaseEventRequest event) {
    events.accept(reference, event);
    return Map.of("reference", reference, "type", event.type().name(), "status", "ACCEPTED");
  }
}
