package org.carepath.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CaseRecord;
import org.carepath.casefile.CaseRecordEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent as data: the one place that says whether an agency may receive a case's care plan (and the
 * letters about it) today. Circulation, notices to agencies and exports ask here at the time of sending,
 * so a withdrawal stops the next one. Every change is a new record and a note on the case file.
 */
@Service
public class Consents {

  /** One record as the API shows it; {@code inForce}: whether it lets the agency receive the plan today. */
  public record Consent(String agency, String purpose, boolean shareCarePlan, String consentedBy, LocalDate until,
      String recordedBy, Instant recordedAt, String source, boolean inForce) {}

  /** A case's consents: the current one of each agency, and every record, oldest first. */
  public record Overview(String reference, List<Consent> current, List<Consent> history) {}

  private final AgencyConsentRepository consents;
  private final CaseRecord caseFile;
  private final Clock clock;

  Consents(AgencyConsentRepository consents, CaseRecord caseFile, Clock clock) {
    this.consents = consents;
    this.caseFile = caseFile;
    this.clock = clock;
  }

  /** The agencies (by {@link #keyOf key}) whose latest record lets them receive the case's plan today. */
  @Transactional(readOnly = true)
  public Map<String, Boolean> inForce(CareCase careCase) {
    LocalDate today = LocalDate.now(clock);
    Map<String, Boolean> allowed = new LinkedHashMap<>();
    latest(careCase).forEach((key, consent) -> allowed.put(key, consent.allowsOn(today)));
    return allowed;
  }

  /** Whether this agency may receive the case's plan today: no record is no consent. */
  @Transactional(readOnly = true)
  public boolean allows(CareCase careCase, String agency) {
    return inForce(careCase).getOrDefault(keyOf(agency), false);
  }

  /** How carepath knows an agency: by its name, whatever its case and spacing. */
  public static String keyOf(String agency) {
    return AgencyConsent.keyOf(agency);
  }

  /**
   * The care plan was saved with these agencies' boxes (agency name to ticked or not): each is recorded
   * when it changes what is in force today (a plan that merely repeats the consent records nothing).
   * The case's consent records are read once, whatever the number of agencies.
   */
  @Transactional
  public void fromCarePlan(CareCase careCase, Map<String, Boolean> boxes, String recordedBy) {
    if (boxes.isEmpty()) {
      return;
    }
    Map<String, Boolean> inForce = inForce(careCase);
    boxes.forEach((agency, shareCarePlan) -> {
      if (inForce.getOrDefault(keyOf(agency), false) != shareCarePlan) {
        record(careCase, agency, shareCarePlan, null, null, recordedBy, AgencyConsent.Source.CARE_PLAN);
        inForce.put(keyOf(agency), shareCarePlan); // the same agency twice in one plan is recorded once
      }
    });
  }

  /** Recorded through the API: a new record unless it repeats the agency's latest one. */
  @Transactional
  public Overview fromApi(CareCase careCase, String agency, boolean shareCarePlan, String consentedBy, LocalDate until,
      String recordedBy) {
    AgencyConsent latest = latest(careCase).get(keyOf(agency));
    boolean repeat = latest != null && latest.isGranted() == shareCarePlan && Objects.equals(latest.getValidUntil(), until)
        && Objects.equals(latest.getConsentedBy(), consentedBy);
    if (!repeat) {
      record(careCase, agency, shareCarePlan, consentedBy, until, recordedBy, AgencyConsent.Source.API);
    }
    return overview(careCase);
  }

  @Transactional(readOnly = true)
  public Overview overview(CareCase careCase) {
    LocalDate today = LocalDate.now(clock);
    List<Consent> history = consents.findByCareCaseOrderByIdAsc(careCase).stream().map(c -> view(c, today)).toList();
    List<Consent> current = new ArrayList<>(latest(careCase).values().stream().map(c -> view(c, today)).toList());
    return new Overview(careCase.getReference(), current, history);
  }

  private void record(CareCase careCase, String agency, boolean granted, String consentedBy, LocalDate until,
      String recordedBy, AgencyConsent.Source source) {
    String name = agency.strip().replaceAll("\\s+", " ");
    consents.save(new AgencyConsent(careCase, name, granted, consentedBy, until, recordedBy, clock.instant(), source));
    String title = "Consent to share the care plan with " + name + ": " + (granted ? "given" : "not given or withdrawn")
        + (until == null ? "" : " until " + until);
    String body = (consentedBy == null ? "" : "Consented by " + consentedBy + ". ")
        + (source == AgencyConsent.Source.CARE_PLAN ? "Recorded with the care plan." : "Recorded through the consent record.");
    caseFile.add(careCase, CaseRecordEntry.Kind.NOTE, CaseRecordEntry.abbreviated(title), body, recordedBy);
  }

  /** The latest record of each agency, in the order the agencies were first recorded. */
  private Map<String, AgencyConsent> latest(CareCase careCase) {
    Map<String, AgencyConsent> latest = new LinkedHashMap<>();
    // the key from the name, not the stored column: V15 carried plans' consents over with lower(name) alone
    consents.findByCareCaseOrderByIdAsc(careCase).forEach(c -> latest.put(keyOf(c.getAgency()), c));
    return latest;
  }

  private static Consent view(AgencyConsent c, LocalDate today) {
    return new Consent(c.getAgency(), c.getPurpose().name(), c.isGranted(), c.getConsentedBy(), c.getValidUntil(),
        c.getRecordedBy(), c.getRecordedAt(), c.getSource().name(), c.allowsOn(today));
  }
}
