package org.carepath.casesearch;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.carepath.adultcontact.AdultContact;
import org.carepath.casefile.Sector;
import org.carepath.referral.Referral;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Finds children's referrals and adults' contacts by what staff know of a person, within given sectors and teams. */
interface PeopleSearchRepository extends Repository<Referral, Long> {

  @Query("select r from Referral r where r.careCase.sector in :sectors and (r.careCase.reference like :reference"
      + " or r.childNhsNumber = :nhsNumber or r.childDateOfBirth = :dateOfBirth"
      + " or lower(r.childGivenName) like :word or lower(r.childFamilyName) like :word) order by r.careCase.reference desc")
  List<Referral> children(Collection<Sector> sectors, String reference, String nhsNumber, LocalDate dateOfBirth,
      String word, Pageable page);

  /** Every team that holds an adult's case (administrators search them all). */
  @Query("select distinct k.team from CareCase k where k.team is not null")
  List<String> holders();

  @Query("select c from AdultContact c where c.careCase.team in :teams and (c.careCase.reference like :reference"
      + " or c.nhsNumber = :nhsNumber or c.dateOfBirth = :dateOfBirth"
      + " or lower(c.givenName) like :word or lower(c.familyName) like :word) order by c.careCase.reference desc")
  List<AdultContact> adults(Collection<String> teams, String reference, String nhsNumber, LocalDate dateOfBirth,
      String word, Pageable page);
}
