package org.carepath.myrecord;

import java.util.Optional;
import org.carepath.personlink.PersonLink;
import org.carepath.personlink.PersonLinks;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code GET /my-record/{token}}: the person's whole record behind the link in their mail, no login.
 * Opening it uses the link (it works once: the person prints or saves the page); a used link answers
 * 409, an expired one 410, an unknown one 404, each with a page saying how to get a new link.
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
  ModelAndView open(@PathVariable String token) {
    Optional<PersonLink> link = links.find(token, PersonLink.Purpose.RECORD);
    PersonLinks.State state = links.use(token, PersonLink.Purpose.RECORD);
    if (state != PersonLinks.State.OPEN) {
      HttpStatus status = switch (state) {
        case USED -> HttpStatus.CONFLICT;
        case EXPIRED -> HttpStatus.GONE;
        default -> HttpStatus.NOT_FOUND;
      };
      return new ModelAndView("my-record/closed", status).addObject("state", state.name())
          .addObject("reference", link.map(l -> l.getCareCase().getReference()).orElse(null));
    }
    return new ModelAndView("my-record/page", HttpStatus.OK).addAllObjects(records.of(link.get().getCareCase()))
        .addObject("forPerson", true);
  }
}
