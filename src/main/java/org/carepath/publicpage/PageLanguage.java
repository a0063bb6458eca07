package org.carepath.publicpage;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.carepath.casefile.Language;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Picks the language of a public page (feedback, self-assessment): {@code ?lang=cy} or {@code ?lang=en}
 * when the reader chose one with the page's language link, otherwise the case's preference (Welsh
 * first when it is bilingual). The page says it in {@code <html lang>} and the Content-Language header.
 */
@Component
public class PageLanguage {

  private final MessageSource messages;

  PageLanguage(MessageSource messages) {
    this.messages = messages;
  }

  /** Renders this request's page in the reader's choice or the case's language; returns that language. */
  public Locale use(HttpServletRequest request, String lang, Language preferred) {
    Locale locale = "cy".equalsIgnoreCase(lang) ? Language.CYMRAEG
        : "en".equalsIgnoreCase(lang) ? Locale.UK : preferred == null ? null : preferred.first();
    if (locale == null) {
      // no case to ask (an unknown link): the browser's language among English and Welsh
      return LocaleContextHolder.getLocale();
    }
    request.setAttribute(PageLocaleResolver.CHOSEN, locale);
    return locale;
  }

  /** Problems with an answer, in the page's words. */
  public List<String> words(List<? extends MessageSourceResolvable> problems, Locale locale) {
    return problems.stream().map(problem -> messages.getMessage(problem, locale)).toList();
  }
}
