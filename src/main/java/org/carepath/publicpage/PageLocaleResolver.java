package org.carepath.publicpage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.carepath.casefile.Language;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language a page is rendered in: the one its controller chose for this request (see
 * {@link PageLanguage}), otherwise the browser's among English and Welsh, otherwise British English.
 * Nothing is kept between requests: no session, no cookie.
 */
@Component("localeResolver")
class PageLocaleResolver extends AcceptHeaderLocaleResolver {

  static final String CHOSEN = PageLocaleResolver.class.getName() + ".chosen";

  PageLocaleResolver() {
    setSupportedLocales(List.of(Locale.UK, Language.CYMRAEG));
    setDefaultLocale(Locale.UK);
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    return request.getAttribute(CHOSEN) instanceof Locale chosen ? chosen : super.resolveLocale(request);
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    request.setAttribute(CHOSEN, locale);
  }
}
