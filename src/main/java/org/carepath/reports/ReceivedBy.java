package org.carepath.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.carepath.adultcontact.AdultContactRepository;
import org.carepath.adultcontact.Channel;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.Pathway;
import org.carepath.referral.ReferralRepository;
import org.carepath.system.Chunks;
import org.springframework.stereotype.Component;

/**
 * Where the period's cases came from: an adult's contact by its channel (phone, walk-in, ...), a
 * child's referral by the kind of referrer its role names (health visitor, GP, education, ...: the
 * role as typed is never shown); each count suppressed below five, and complemented.
 */
@Component
class ReceivedBy {

  private final ReferralRepository referrals;
  private final AdultContactRepository contacts;

  ReceivedBy(ReferralRepository referrals, AdultContactRepository contacts) {
    this.referrals = referrals;
    this.contacts = contacts;
  }

  Map<String, Long> of(Pathway pathway, List<CareCase> cohort) {
    Map<String, Long> counts = new TreeMap<>();
    if (pathway == Pathway.ADULT) {
      for (Channel channel : Channel.values()) {
        counts.put(channel.label(), 0L);
      }
      Chunks.of(cohort).forEach(chunk -> contacts.findByCareCaseIn(chunk)
          .forEach(contact -> counts.merge(contact.getChannel().label(), 1L, Long::sum)));
    } else {
      for (String kind : REFERRERS) {
        counts.put(kind, 0L);
      }
      Chunks.of(cohort).forEach(chunk -> referrals.findByCareCaseIn(chunk)
          .forEach(referral -> counts.merge(referrer(referral.getReferrerRole()), 1L, Long::sum)));
    }
    return FlowReport.suppressed(counts);
  }

  /** The kinds of referrer a report shows: the role as typed is free text and is never shown. */
  static final List<String> REFERRERS = List.of("health visitor", "GP", "health professional", "education", "early years",
      "social care", "family", "other");

  /** The kind of referrer a role as typed names (health visitor, GP, school, ...), "other" when none. */
  static String referrer(String role) {
    String text = role == null ? "" : role.toLowerCase(Locale.UK);
    if (text.contains("health visitor")) {
      return "health visitor";
    }
    if (text.matches(".*\\bgp\\b.*") || text.contains("general practi")) {
      return "GP";
    }
    if (text.matches(".*(school|teacher|senco|education|college|aln).*")) {
      return "education";
    }
    if (text.matches(".*(nursery|early years|pre-school|preschool|childminder).*")) {
      return "early years";
    }
    if (text.matches(".*(social work|social care|family support|children's services|early help).*")) {
      return "social care";
    }
    if (text.matches(".*(paediatric|pediatric|doctor|consultant|nurse|therapist|psycholog|midwife|camhs|health).*")) {
      return "health professional";
    }
    if (text.matches(".*(parent|mother|mum|father|dad|carer|grandparent|self).*")) {
      return "family";
    }
    return "other";
  }
}
