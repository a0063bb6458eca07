package org.carepath.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.carepath.casefile.CaseParties;
import org.carepath.casefile.Language;
import org.carepath.familyfile.FamilyFile;
import org.carepath.familyfile.FamilyFileRepository;
import org.carepath.referral.Referral;
import org.springframework.stereotype.Component;

/**
 * Writes the pathway's letters from the Thymeleaf templates in {@code templates/mail/}: the
 * template's {@code <title>} is the subject. Outcome letters go to the referrer with the GP copied
 * unless the GP referred; letters about the family's own choice also go to the family.
 */
@Component
class LetterWriter {

  static final Set<String> TEMPLATES =
      Set.of("outcome", "not-eligible", "no-capacity", "declined", "no-contact", "discharge", "disengaged");
  /** Care co-ordination's letters to an adult; each has its adult wording in {@code adult-<template>}. */
  static final Set<String> ADULT_TEMPLATES = Set.of("discharge", "disengaged");
  private static final Set<String> TO_FAMILY = Set.of("declined", "no-contact", "discharge", "disengaged");

  private final MailTemplates templates;
  private final FamilyFileRepository familyFiles;

  LetterWriter(MailTemplates templates, FamilyFileRepository familyFiles) {
    this.templates = templates;
    this.familyFiles = familyFiles;
  }

  Letter write(String template, String reference, Referral referral) {
    if (!TEMPLATES.contains(template)) {
      throw new IllegalArgumentException("Unknown letter template '" + template + "'");
    }
    Map<String, Object> model = new HashMap<>();
    model.put("reference", reference);
    model.put("referral", referral);
    model.put("childName", referral.childName());
    model.put("gpCopied", !referral.referredByGp());
    // the contact page of the Family File: who to contact in future (the discharge letter lists it)
    model.put("contacts", familyFiles.findByCareCase(referral.getCareCase()).map(FamilyFile::getContacts)
        .map(text -> List.of(text.split("\\R"))).orElse(List.of()));
    // a letter the family receives is in their language; one that goes to professionals only, in English
    List<String> recipients = recipients(template, referral);
    boolean familyReads = referral.getParentEmail() != null && recipients.contains(referral.getParentEmail());
    Language language = familyReads ? referral.getCareCase().getPreferredLanguage() : Language.ENGLISH;
    return templates.render(template, model, recipients, language);
  }

  /** An adult's letter of care co-ordination, to the person and their carer (see {@link #adultRecipients}). */
  Letter writeForAdult(String template, String reference, CaseParties parties, List<String> recipients,
      Language language) {
    if (!ADULT_TEMPLATES.contains(template)) {
      throw new IllegalArgumentException("Unknown letter template '" + template + "' for an adult");
    }
    Map<String, Object> model = new HashMap<>();
    model.put("reference", reference);
    model.put("personName", parties.personName());
    model.put("greetingNames", parties.greetingNames());
    model.put("signature", parties.signature());
    return templates.render("adult-" + template, model, recipients, language);
  }

  /**
   * The person and their carer, each with an address: as the front door's letters, never the referrer
   * (that would share how the person's care ended with someone the person may not have chosen).
   */
  static List<String> adultRecipients(CaseParties parties) {
    return parties.person().stream().map(CaseParties.Addressee::email).toList();
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
}
