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
 * child's referral by the referrer's role as written (health visitor, GP, school, ...), lower case; each
 * count suppressed below five. A role that fewer than five referrals share is counted under "other".
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
      Chunks.of(cohort).forEach(chunk -> referrals.findByCareCaseIn(chunk).forEach(referral -> counts.merge(
          referral.getReferrerRole() == null ? "not given" : referral.getReferrerRole().strip().toLowerCase(Locale.UK), 1L, Long::sum)));
      long other = counts.values().stream().filter(n -> n < FlowReport.SMALLEST_SHOWN).mapToLong(Long::longValue).sum();
      counts.values().removeIf(n -> n < FlowReport.SMALLEST_SHOWN);
      if (other > 0) {
        counts.put("other", other);
      }
    }
    Map<String, Long> shown = new LinkedHashMap<>();
    counts.forEach((source, count) -> shown.put(source, FlowReport.shown(count)));
    return shown;
  }
}
