package org.carepath.casefile;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The {@link CaseParties} of any case, from whichever pathway's intake holds them. */
@Service
public class CasePeople {

  private final List<CasePartiesSource> sources;

  CasePeople(List<CasePartiesSource> sources) {
    this.sources = sources;
  }

  @Transactional(readOnly = true)
  public CaseParties of(CareCase careCase) {
    return sources.stream().map(source -> source.partiesOf(careCase)).flatMap(java.util.Optional::stream).findFirst()
        .orElseThrow(() -> new IllegalStateException("Nobody is recorded for case " + careCase.getReference()));
  }
}
