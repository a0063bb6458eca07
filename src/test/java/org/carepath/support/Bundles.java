package org.carepath.support;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The message bundles as the application reads them (spring.messages in application.yaml), for unit tests. */
public final class Bundles {

  public static final Locale WELSH = Locale.forLanguageTag("cy");
  public static final ResourceBundleMessageSource MESSAGES = messages();

  private Bundles() {}

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setAlwaysUseMessageFormat(true);
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  /** Each problem in the words of {@code locale}. */
  public static List<String> words(List<? extends MessageSourceResolvable> problems, Locale locale) {
    return problems.stream().map(problem -> MESSAGES.getMessage(problem, locale)).toList();
  }
}
