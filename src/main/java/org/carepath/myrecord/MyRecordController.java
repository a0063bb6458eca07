package org.carepath.myrecord;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.carepath.personlink.PersonLink;
import org.carepath.personlink.PersonLinks;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The person's whole record behind the link in their mail, no login. {@code GET /my-record/{token}}
 * only asks for their date of birth (so a mail scanner or a link preview opening the link reads
 * nothing and uses nothing up); {@code POST} with the right date opens the record and uses the link:
 * it works once, and five wrong dates use it up. A used link answers 409, an expired one 410, an
 * unknown one 404, each with a page saying how to get a new link.
 */
@Controller
class MyRecordController {

  private final PersonLinks links;
  private final PersonRecords records;

  MyRecordController(PersonLinks links, PersonRecords records) {
    this.links = links;
    this.records = records;
  }

  @GetMapping("/my-record/{token}")
  ModelAndView ask(@PathVariable String token) {
    Optional<PersonLink> link = links.find(token, PersonLink.Purpose.RECORD);
    PersonLinks.State state = links.stateOf(link);
    if (state != PersonLinks.State.OPEN) {
      return closed(state, link);
    }
    return askForBirthday(link.get(), null, HttpStatus.OK);
  }

  @PostMapping("/my-record/{token}")
  ModelAndView open(@PathVariable String token, @RequestParam(required = false) String day,
      @RequestParam(required = false) String month, @RequestParam(required = false) String year) {
    Optional<PersonLink> link = links.find(token, PersonLink.Purpose.RECORD);
    PersonLinks.State before = links.stateOf(link);
    if (before != PersonLinks.State.OPEN) {
      return closed(before, link);
    }
    LocalDate born = date(day, month, year);
    if (born == null) {
      return askForBirthday(link.get(), "Enter your date of birth as numbers, for example 2 5 1944.", HttpStatus.BAD_REQUEST);
    }
    PersonRecords.Opened opened = records.open(token, born);
    return switch (opened.state()) {
      case OPEN -> new ModelAndView("my-record/page", HttpStatus.OK).addAllObjects(opened.model())
          .addObject("forPerson", true);
      case WRONG_PROOF -> askForBirthday(link.get(), "That date of birth does not match our record. Check it and try"
          + " again: after " + PersonLinks.MAX_FAILED_ATTEMPTS + " wrong dates the link stops working.", HttpStatus.BAD_REQUEST);
      default -> closed(opened.state(), link);
    };
  }

  private static LocalDate date(String day, String month, String year) {
    try {
      return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
    } catch (NullPointerException | NumberFormatException | DateTimeException e) {
      return null;
    }
  }

  private static ModelAndView askForBirthday(PersonLink link, String problem, HttpStatus status) {
    return new ModelAndView("my-record/open", status).addObject("token", link.getToken())
        .addObject("reference", link.getCareCase().getReference()).addObject("problem", problem);
  }

  private static ModelAndView closed(PersonLinks.State state, Optional<PersonLink> link) {
    HttpStatus status = state.closedStatus();
    return new ModelAndView("my-record/closed", status).addObject("state", state.name())
        .addObject("reference", link.map(l -> l.getCareCase().getReference()).orElse(null));
  }
}
