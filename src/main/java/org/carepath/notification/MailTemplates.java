package org.carepath.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carepath.casefile.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the letters in {@code templates/mail/}: the template's {@code <title>} is the subject, its
 * words come from the message bundles ({@code messages.properties}, Welsh in {@code messages_cy.properties}).
 * A letter in both languages is the Welsh letter, a rule, then the English one, under a subject
 * "Welsh / English" (Welsh Language Standards: Welsh first, neither treated less favourably).
 */
@Component
public class MailTemplates {

  private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
  private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL);

  private final TemplateEngine templates;
  private final String serviceContact;
  private final String serviceContactWelsh;

  MailTemplates(TemplateEngine templates,
      @Value("${carepath.letters.service-contact:your local ISCAN care co-ordination team}") String serviceContact,
      @Value("${carepath.letters.service-contact-cy:thîm cydgysylltu gofal ISCAN eich ardal}") String serviceContactWelsh) {
    this.templates = templates;
    this.serviceContact = serviceContact;
    this.serviceContactWelsh = serviceContactWelsh;
  }

  /** A letter in English (to professionals: agencies, keyworkers, the case's team). */
  public Letter render(String template, Map<String, Object> model, List<String> recipients) {
    return render(template, model, recipients, Language.ENGLISH);
  }

  /** A letter in the family's or person's language: English, Welsh, or both with Welsh first. */
  public Letter render(String template, Map<String, Object> model, List<String> recipients, Language language) {
    List<Part> parts = language.locales().stream().map(locale -> part(template, model, locale)).toList();
    if (parts.size() == 1) {
      return new Letter(template, recipients, parts.get(0).subject(), parts.get(0).html(), language.contentLanguage());
    }
    Context both = new Context(Language.CYMRAEG);
    both.setVariable("parts", parts);
    String subject = String.join(" / ", parts.stream().map(Part::subject).toList());
    both.setVariable("subject", subject);
    return new Letter(template, recipients, subject, templates.process("mail/bilingual", both), language.contentLanguage());
  }

  /** Who families contact, as letters and plans name it. */
  public String serviceContact() {
    return serviceContact;
  }

  /** One language's letter: its subject, the whole page and its body's inner HTML (for a letter in both). */
  public record Part(String lang, String subject, String html, String body) {}

  private Part part(String template, Map<String, Object> model, Locale locale) {
    Context context = new Context(locale);
    context.setVariables(model);
    context.setVariable("serviceContact", Language.CYMRAEG.equals(locale) ? serviceContactWelsh : serviceContact);
    context.setVariable("words", new LetterWords(locale));
    String html = templates.process("mail/" + template, context);
    Matcher title = TITLE.matcher(html);
    String subject = title.find() ? title.group(1).strip().replaceAll("\\s+", " ") : "Letter from carepath";
    Matcher body = BODY.matcher(html);
    return new Part(locale.toLanguageTag(), unescape(subject), html, body.find() ? body.group(1) : html);
  }

  private static String unescape(String subject) {
    return subject.replace("&#39;", "'").replace("&amp;", "&").replace("&quot;", "\"")
        .replace("&lt;", "<").replace("&gt;", ">");
  }
}
