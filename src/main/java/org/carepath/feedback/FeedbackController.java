package org.carepath.feedback;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.carepath.publicpage.PageLanguage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The feedback page behind the link in the mail: no login, the token is the credential. It shows the
 * case reference and nothing else about the case; an answer is recorded once and never overwritten.
 * The family reads it in their language (Welsh first when bilingual), a professional in English; a link
 * on the page switches ({@code ?lang=cy}, {@code ?lang=en}).
 */
@Controller
class FeedbackController {

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final FeedbackRequests feedback;
  private final PageLanguage language;

  FeedbackController(FeedbackRequests feedback, PageLanguage language) {
    this.feedback = feedback;
    this.language = language;
  }

  @ModelAttribute("scores")
  List<Integer> scores() {
    return FeedbackAnswer.SCORES;
  }

  @GetMapping("/feedback/{token}")
  ModelAndView form(@PathVariable String token, @RequestParam(required = false) String lang, HttpServletRequest http) {
    Optional<FeedbackRequest> request = find(token);
    Locale locale = language.use(http, lang, request.map(FeedbackRequest::language).orElse(null));
    if (request.isEmpty()) {
      return notFound();
    }
    if (request.get().isAnswered()) {
      return page("feedback/answered", HttpStatus.CONFLICT, request.get());
    }
    return form(request.get(), FeedbackAnswer.read(null, null), HttpStatus.OK, false, locale);
  }

  @PostMapping("/feedback/{token}")
  ModelAndView answer(@PathVariable String token, @RequestParam(required = false) String score,
      @RequestParam(required = false) String comment, @RequestParam(required = false) String lang,
      HttpServletRequest http) {
    Optional<FeedbackRequest> request = find(token);
    Locale locale = language.use(http, lang, request.map(FeedbackRequest::language).orElse(null));
    if (request.isEmpty()) {
      return notFound();
    }
    FeedbackAnswer answer = FeedbackAnswer.read(score, comment);
    if (request.get().isAnswered()) {
      return page("feedback/answered", HttpStatus.CONFLICT, request.get());
    }
    if (!answer.valid()) {
      return form(request.get(), answer, HttpStatus.BAD_REQUEST, true, locale);
    }
    return switch (feedback.answer(token, answer.score(), answer.comment())) {
      case RECORDED -> page("feedback/thanks", HttpStatus.OK, request.get()).addObject("answer", answer);
      case ALREADY_ANSWERED -> page("feedback/answered", HttpStatus.CONFLICT, request.get());
      case UNKNOWN -> notFound();
    };
  }

  private Optional<FeedbackRequest> find(String token) {
    return TOKEN.matcher(token).matches() ? feedback.find(token) : Optional.empty();
  }

  private ModelAndView form(FeedbackRequest request, FeedbackAnswer answer, HttpStatus status, boolean showProblems,
      Locale locale) {
    return page("feedback/form", status, request)
        .addObject("token", request.getToken())
        .addObject("family", request.getRespondentRole() == Respondent.Role.FAMILY)
        .addObject("answer", answer)
        .addObject("problems", showProblems ? language.words(answer.problems(), locale) : List.of())
        .addObject("maxComment", FeedbackAnswer.MAX_COMMENT);
  }

  private static ModelAndView page(String view, HttpStatus status, FeedbackRequest request) {
    var page = new ModelAndView(view, status);
    page.addObject("reference", request.getCareCase().getReference());
    return page;
  }

  private static ModelAndView notFound() {
    return new ModelAndView("feedback/not-found", HttpStatus.NOT_FOUND);
  }
}
