package org.carepath.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.casefile.CaseRecord;
import org.carepath.casefile.CaseRecordEntry;
import org.carepath.casefile.CaseReferences;
import org.carepath.casefile.Sector;
import org.carepath.system.EngineAsSystem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a valid referral in: the case, the referral, its first case file entry and the start of
 * the pathway commit together or not at all. A repeated {@code externalReference} returns the
 * case already made.
 */
@Service
public class ReferralIntake {

  private final CareCaseRepository cases;
  private final ReferralRepository referrals;
  private final CaseReferences references;
  private final CaseRecord record;
  private final RuntimeService runtime;
  private final EngineAsSystem engine;
  private final Clock clock;

  ReferralIntake(CareCaseRepository cases, ReferralRepository referrals, CaseReferences references,
      CaseRecord record, RuntimeService runtime, EngineAsSystem engine, Clock clock) {
    this.cases = cases;
    this.referrals = referrals;
    this.references = references;
    this.record = record;
    this.runtime = runtime;
    this.engine = engine;
    this.clock = clock;
  }

  public record Outcome(String reference, boolean created, Sector sector) {}

  @Transactional(readOnly = true)
  public Optional<Outcome> existing(String externalReference) {
    if (externalReference == null) {
      return Optional.empty();
    }
    return cases.findByExternalReference(externalReference).map(c -> new Outcome(c.getReference(), false, c.getSector()));
  }

  /** Creates the case and starts the pathway; the caller handles a concurrent duplicate. */
  @Transactional
  public Outcome submit(ReferralRequest request, String submittedBy) {
    Optional<Outcome> known = existing(request.externalReference());
    if (known.isPresent()) {
      return known.get();
    }
    Referral referral = register(request, submittedBy);
    var careCase = referral.getCareCase();
    // the caller may refer to this sector (checked by the controller); carepath names the new case, which
    // a caller of the engine's API may not do for another sector's case (security.CaseStartGuard)
    engine.call(() -> runtime.createProcessInstanceByKey(ReferralPathwayProcess.KEY)
        .businessKey(careCase.getReference())
        .setVariables(ReferralPathwayProcess.startVariables(careCase, referral, LocalDate.now(clock)))
        .execute());
    return new Outcome(careCase.getReference(), true, careCase.getSector());
  }

  /** Stores the case, its referral and the first case file entry (the pathway is started by the caller). */
  @Transactional
  public Referral register(ReferralRequest request, String submittedBy) {
    Sector sector = Sector.valueOf(request.sector());
    var opened = new CareCase(references.next(sector), request.externalReference(), sector, clock.instant());
    opened.prefer(request.preferredLanguage());
    var careCase = cases.saveAndFlush(opened);
    var referral = referrals.save(new Referral(careCase, request, clock.instant()));
    record.add(careCase, CaseRecordEntry.Kind.REFERRAL,
        "Referral received from " + referral.getReferrerName() + ", " + referral.getReferrerOrganisation(),
        referral.getReason(), submittedBy);
    return referral;
  }
}
