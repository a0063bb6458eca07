package org.carepath.myrecord;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.carepath.casefile.CareCase;
import org.carepath.caseview.CaseQueries;
import org.carepath.notification.LetterNotSentException;
import org.carepath.security.PublicPageHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Staff's side of the person's record, for an adult's case they may read: {@code GET
 * /api/cases/{reference}/person-record} is the page the person sees (to print and post), and {@code
 * POST /api/cases/{reference}/record-link} sends the person a new link (202), 409 when they have no
 * e-mail address or the case is a child's, 503 when the mail server does not take it.
 */
@Controller
class PersonRecordController {

  private final CaseQueries queries;
  private final PersonRecords records;
  private final RecordLinks links;

  PersonRecordController(CaseQueries queries, PersonRecords records, RecordLinks links) {
    this.queries = queries;
    this.records = records;
    this.links = links;
  }

  @GetMapping("/api/cases/{reference}/person-record")
  ModelAndView record(@PathVariable String reference, HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", PublicPageHeaders.CONTENT_SECURITY_POLICY);
    return new ModelAndView("my-record/page", HttpStatus.OK).addAllObjects(records.of(adult(reference)))
        .addObject("forPerson", false);
  }

  // JSON only: a form on another site cannot make a signed-in browser send it
  @PostMapping(path = "/api/cases/{reference}/record-link", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<Map<String, Object>> sendLink(@PathVariable String reference) {
    CareCase careCase = adult(reference);
    String key = "record/" + reference + "/" + java.util.UUID.randomUUID();
    try {
      links.send(careCase, key, false).orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT,
          "Case " + reference + ": the person gave no e-mail address; print their record for them instead"));
    } catch (LetterNotSentException mailDown) {
      throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
          "The mail server did not take the letter, so no link was sent; try again later", mailDown);
    }
    return ResponseEntity.accepted().body(Map.of("reference", reference, "sentTo", "person"));
  }

  private CareCase adult(String reference) {
    CareCase careCase = queries.accessible(reference);
    if (!careCase.isAdult()) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Case " + reference
          + " is a child's: the person's record link is for adults (a family asks through subject access)");
    }
    return careCase;
  }
}
