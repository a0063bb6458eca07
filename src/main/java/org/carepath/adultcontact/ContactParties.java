package org.carepath.adultcontact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CaseParties;
import org.carepath.casefile.CaseParties.Addressee;
import org.carepath.casefile.CasePartiesSource;
import org.carepath.identity.StaffGroups;
import org.carepath.supportteam.CareAndSupportTeams;
import org.springframework.stereotype.Component;

/**
 * An adult's case: the person and their carer (each when they gave an e-mail address), the referrer
 * if any, and the team holding the case to sign letters. The person's consent at contact decides
 * whether anything of theirs may go to other agencies.
 */
@Component
class ContactParties implements CasePartiesSource {

  private final AdultContactRepository contacts;
  private final CareAndSupportTeams teams;

  ContactParties(AdultContactRepository contacts, CareAndSupportTeams teams) {
    this.contacts = contacts;
    this.teams = teams;
  }

  @Override
  public Optional<CaseParties> partiesOf(CareCase careCase) {
    if (!careCase.isAdult()) {
      return Optional.empty();
    }
    return contacts.findByCareCase(careCase).map(contact -> {
      List<Addressee> person = new ArrayList<>();
      Addressee own = Addressee.of(contact.personName(), contact.getEmail());
      Optional.ofNullable(own).ifPresent(person::add);
      Optional.ofNullable(Addressee.of(contact.getCarerName(), contact.getCarerEmail()))
          .filter(carer -> person.stream().noneMatch(p -> p.email().equalsIgnoreCase(carer.email())))
          .ifPresent(person::add);
      return new CaseParties(careCase.getPathway(), contact.personName(), person, own,
          Addressee.of(contact.getReferrerName(), contact.getReferrerEmail()), null, signOff(careCase),
          contact.isConsentToShare());
    });
  }

  private CaseParties.Signature signOff(CareCase careCase) {
    if (StaffGroups.COMPLEX_NEEDS_TEAM.equals(careCase.team())) {
      return CaseParties.Signature.COMPLEX_NEEDS;
    }
    return CaseParties.Signature.careAndSupport(teams.byId(careCase.getSupportTeam()).map(team -> team.name()).orElse(null));
  }
}
