package org.carepath.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CaseParties;
import org.carepath.casefile.CaseParties.Addressee;
import org.carepath.casefile.CasePartiesSource;
import org.springframework.stereotype.Component;

/** A child's case: the parent or carer, the referrer and, unless the GP referred, the GP copied. */
@Component
class ReferralParties implements CasePartiesSource {

  private final ReferralRepository referrals;

  ReferralParties(ReferralRepository referrals) {
    this.referrals = referrals;
  }

  @Override
  public Optional<CaseParties> partiesOf(CareCase careCase) {
    if (careCase.isAdult()) {
      return Optional.empty();
    }
    return referrals.findByCareCase(careCase).map(referral -> {
      List<Addressee> parent = new ArrayList<>();
      Optional.ofNullable(Addressee.of(referral.getParentName(), referral.getParentEmail())).ifPresent(parent::add);
      return new CaseParties(careCase.getPathway(), referral.childName(), parent, null,
          Addressee.of(referral.getReferrerName(), referral.getReferrerEmail()),
          referral.referredByGp() ? null : Addressee.of(referral.getGpName(), referral.getGpEmail()),
          CaseParties.Signature.ISCAN, true);
    });
  }
}
