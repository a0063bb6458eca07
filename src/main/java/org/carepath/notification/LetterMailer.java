package org.carepath.notification;

import jakarta.mail.MessagingException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands a letter to the SMTP server: the first recipient in To, the others in Cc, with its attachments
 * the letter's Content-Language, and a Message-ID that stays the same at every attempt.
 */
@Component
class LetterMailer {

  private final JavaMailSender mail;
  private final String from;

  LetterMailer(JavaMailSender mail, @Value("${carepath.letters.from:carepath@localhost}") String from) {
    this.mail = mail;
    this.from = from;
  }

  void send(Notification notification, List<Attachment> attachments) {
    List<String> recipients = List.of(notification.getRecipients().split(","));
    try {
      var message = mail.createMimeMessage();
      var helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
      helper.setFrom(from);
      helper.setTo(recipients.get(0));
      if (recipients.size() > 1) {
        helper.setCc(recipients.subList(1, recipients.size()).toArray(String[]::new));
      }
      helper.setSubject(notification.getSubject());
      helper.setText(notification.getBody(), true);
      for (Attachment attachment : attachments) {
        helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()), attachment.contentType());
      }
      // kept by Spring's sender: the same Message-ID at every attempt of this letter
      message.setHeader("Content-Language", notification.getContentLanguage());
      message.setHeader("Message-ID", notification.messageId(from.substring(from.lastIndexOf('@') + 1)));
      mail.send(message);
    } catch (MessagingException e) {
      throw new MailSendException("Cannot write the letter " + notification.getSubject(), e);
    }
  }
}
