package org.carepath.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the Thymeleaf mail templates of {@code templates/mail/}: the template's {@code <title>} is
 * the subject. Every template gets {@code serviceContact}, the service's "who to contact" line.
 */
@Component
public class MailTemplates {

  private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

  private final TemplateEngine templates;
  private final String serviceContact;

  MailTemplates(TemplateEngine templates,
      @Value("${carepath.letters.service-contact:your local ISCAN care co-ordination team}") String serviceContact) {
    this.templates = templates;
    this.serviceContact = serviceContact;
  }

  public Letter render(String template, Map<String, Object> model, List<String> recipients) {
    Context context = new Context(Locale.UK);
    context.setVariables(model);
    context.setVariable("serviceContact", serviceContact);
    String html = templates.process("mail/" + template, context);
    Matcher title = TITLE.matcher(html);
    String subject = title.find() ? title.group(1).strip().replaceAll("\\s+", " ") : "Letter from carepath";
    return new Letter(template, recipients, unescape(subject), html);
  }

  public String serviceContact() {
    return serviceContact;
  }

  private static String unescape(String subject) {
    return subject.replace("&#39;", "'").replace("&amp;", "&").replace("&quot;", "\"")
        .replace("&lt;", "<").replace("&gt;", ">");
  }
}
