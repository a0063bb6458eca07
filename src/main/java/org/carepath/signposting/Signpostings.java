package org.carepath.signposting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.carepath.api.InvalidFieldsException;
import org.carepath.casefile.CareCase;
import org.carepath.casefile.CareCaseRepository;
import org.carepath.directory.AgeGroup;
import org.carepath.directory.LocalService;
import org.carepath.directory.LocalServices;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Chooses the services an adult is signposted to: live services of the directory for adults, each once. */
@Service
public class Signpostings {

  static final int MOST = 10;

  private final SignpostingRepository signpostings;
  private final CareCaseRepository cases;
  private final LocalServices directory;
  private final Clock clock;

  Signpostings(SignpostingRepository signpostings, CareCaseRepository cases, LocalServices directory, Clock clock) {
    this.signpostings = signpostings;
    this.cases = cases;
    this.directory = directory;
    this.clock = clock;
  }

  @Transactional
  public Signposting choose(CareCase careCase, List<Long> serviceIds, String note, String by) {
    List<InvalidFieldsException.Field> invalid = new ArrayList<>();
    if (serviceIds == null || serviceIds.isEmpty() || serviceIds.size() > MOST) {
      invalid.add(new InvalidFieldsException.Field("serviceIds", "choose 1 to " + MOST + " services of the directory"));
    } else {
      var seen = new HashSet<Long>();
      for (int i = 0; i < serviceIds.size(); i++) {
        Long id = serviceIds.get(i);
        Optional<LocalService> service = id == null ? Optional.empty() : directory.byId(id);
        if (service.isEmpty() || service.get().isRetired()) {
          invalid.add(new InvalidFieldsException.Field("serviceIds[" + i + "]", "no live service " + id + " in the directory"));
        } else if (!service.get().details().serves(AgeGroup.ADULTS)) {
          invalid.add(new InvalidFieldsException.Field("serviceIds[" + i + "]", "service " + id + " is not for adults"));
        } else if (!seen.add(id)) {
          invalid.add(new InvalidFieldsException.Field("serviceIds[" + i + "]", "service " + id + " is chosen twice"));
        }
      }
    }
    if (note != null && (note.length() > 2000 || note.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'))) {
      invalid.add(new InvalidFieldsException.Field("note", "must be at most 2000 characters of text (line breaks and tabs allowed)"));
    }
    if (!invalid.isEmpty()) {
      throw new InvalidFieldsException(invalid);
    }
    CareCase attached = cases.getByReference(careCase.getReference()); // the caller's copy may be detached
    Signposting signposting = signpostings.findByCareCase(attached).orElseGet(() -> new Signposting(attached));
    signposting.choose(serviceIds, note == null || note.isBlank() ? null : note.strip(), by, clock.instant());
    return signpostings.saveAndFlush(signposting);
  }

  @Transactional(readOnly = true)
  public Optional<Signposting> of(CareCase careCase) {
    return signpostings.findByCareCase(careCase);
  }

  /** The chosen services as the directory describes them now (retired ones included: they were chosen). */
  @Transactional(readOnly = true)
  public List<LocalService> services(Signposting signposting) {
    return signposting.getServiceIds().stream().map(id -> directory.byId(id).orElseThrow()).toList();
  }
}
