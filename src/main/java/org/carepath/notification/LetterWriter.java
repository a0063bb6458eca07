package org.carepath.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carepath.referral.Referral;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes the pathway's letters from the Thymeleaf templates in {@code templates/mail/}: the
 * template's {@code <title>} is the subject. Outcome letters go to the referrer with the GP copied
 * unless the GP referred; letters about the family's own choice also go to the family.
 */
@Component
class LetterWriter {

  static final Set<String> TEMPLATES =
      Set.of("outcome", "not-eligible", "no-capacity", "declined", "no-contact", "discharge");
  private static final Set<String> TO_FAMILY = Set.of("declined", "no-contact", "discharge");
  private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

  private final TemplateEngine templates;
  private final String serviceContact;

  LetterWriter(TemplateEngine templates,
      @Value("${carepath.letters.service-contact:your local ISCAN care co-ordination team}") String serviceContact) {
    this.templates = templates;
    this.serviceContact = serviceContact;
  }

  Letter write(String template, String reference, Referral referral) {
    if (!TEMPLATES.contains(template)) {
      throw new IllegalArgumentException("Unknown letter template '" + template + "'");
    }
    Context context = new Context(Locale.UK);
    context.setVariable("reference", reference);
    context.setVariable("referral", referral);
    context.setVariable("childName", referral.childName());
    context.setVariable("gpCopied", !referral.referredByGp());
    context.setVariable("serviceContact", serviceContact);
    String html = templates.process("mail/" + template, context);
    Matcher title = TITLE.matcher(html);
    String subject = title.find() ? title.group(1).strip().replaceAll("\\s+", " ") : "Letter about " + reference;
    return new Letter(template, recipients(template, referral), unescape(subject), html);
  }

  private static List<String> recipients(String template, Referral referral) {
    List<String> to = new ArrayList<>();
    if (TO_FAMILY.contains(template) && referral.getParentEmail() != null && !referral.getParentEmail().isBlank()) {
      to.add(referral.getParentEmail());
    }
    to.add(referral.getReferrerEmail());
    if (!referral.referredByGp()) {
      to.add(referral.getGpEmail());
    }
    return to;
  }

  private static String unescape(String subject) {
    return subject.replace("&#39;", "'").replace("&amp;", "&").replace("&quot;", "\"");
  }
}
