package org.carepath.casefile;

import java.util.Optional;

/** Reads a case's {@link CaseParties} from one pathway's intake (the child's referral, the adult's contact). */
public interface CasePartiesSource {

  /** The parties, or empty when the case is not of this source's pathway. */
  Optional<CaseParties> partiesOf(CareCase careCase);
}
