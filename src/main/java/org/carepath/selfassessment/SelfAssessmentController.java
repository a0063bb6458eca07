package org.carepath.selfassessment;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.carepath.casefile.EligibilityOutcome;
import org.carepath.casefile.Language;
import org.carepath.personlink.PersonLink;
import org.carepath.personlink.PersonLinks;
import org.carepath.publicpage.PageLanguage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The self-assessment page behind the link in the mail: no login, the token is the credential. It
 * shows the reference and the questions, nothing else of the case; the answers are filed once. A used
 * link answers 409, an expired one 410, an unknown one 404, each with a page saying what to do. The
 * page is in the person's language (Welsh first when bilingual); a link on it switches ({@code ?lang=}).
 */
@Controller
class SelfAssessmentController {

  private final PersonLinks links;
  private final SelfAssessments selfAssessments;
  private final PageLanguage language;

  SelfAssessmentController(PersonLinks links, SelfAssessments selfAssessments, PageLanguage language) {
    this.links = links;
    this.selfAssessments = selfAssessments;
    this.language = language;
  }

  @GetMapping("/self-assessment/{token}")
  ModelAndView form(@PathVariable String token, @RequestParam(required = false) String lang, HttpServletRequest http) {
    Optional<PersonLink> link = links.find(token, PersonLink.Purpose.SELF_ASSESSMENT);
    Locale locale = language.use(http, lang, languageOf(link));
    PersonLinks.State state = links.stateOf(link);
    if (state != PersonLinks.State.OPEN) {
      return closed(state, link);
    }
    return form(link.get(), SelfAssessmentAnswers.empty(), HttpStatus.OK, locale);
  }

  @PostMapping("/self-assessment/{token}")
  ModelAndView answer(@PathVariable String token, @RequestParam Map<String, String> form, HttpServletRequest http) {
    Optional<PersonLink> link = links.find(token, PersonLink.Purpose.SELF_ASSESSMENT);
    Locale locale = language.use(http, form.get("lang"), languageOf(link));
    PersonLinks.State state = links.stateOf(link);
    if (state != PersonLinks.State.OPEN) {
      return closed(state, link);
    }
    SelfAssessmentAnswers answers = SelfAssessmentAnswers.read(form);
    if (!answers.valid()) {
      return form(link.get(), answers, HttpStatus.BAD_REQUEST, locale);
    }
    PersonLinks.State result = selfAssessments.answer(link.get(), answers);
    if (result != PersonLinks.State.OPEN) {
      return closed(result, link);
    }
    return page("self-assessment/thanks", HttpStatus.OK, link.get());
  }

  /** The person's language, or null for a link nobody knows (the page follows the browser). */
  private static Language languageOf(Optional<PersonLink> link) {
    return link.map(l -> l.getCareCase().getPreferredLanguage()).orElse(null);
  }

  private ModelAndView form(PersonLink link, SelfAssessmentAnswers answers, HttpStatus status, Locale locale) {
    return page("self-assessment/form", status, link)
        .addObject("token", link.getToken())
        .addObject("outcomes", Arrays.asList(EligibilityOutcome.values()))
        .addObject("choices", SelfAssessmentAnswers.CHOICES.keySet())
        .addObject("answers", answers)
        .addObject("problems", language.words(answers.problems(), locale))
        .addObject("maxText", SelfAssessmentAnswers.MAX_TEXT);
  }

  private static ModelAndView closed(PersonLinks.State state, Optional<PersonLink> link) {
    HttpStatus status = state.closedStatus();
    var page = new ModelAndView("self-assessment/closed", status);
    page.addObject("state", state.name());
    page.addObject("reference", link.map(l -> l.getCareCase().getReference()).orElse(null));
    return page;
  }

  private static ModelAndView page(String view, HttpStatus status, PersonLink link) {
    var page = new ModelAndView(view, status);
    page.addObject("reference", link.getCareCase().getReference());
    return page;
  }
}
