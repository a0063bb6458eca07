package org.carepath.directory;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.carepath.api.InvalidFieldsException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the directory of local services: add, change, retire (kept for history), and search. */
@Service
public class LocalServices {

  static final String EVERYWHERE = "ALL";

  private final LocalServiceRepository services;
  private final Clock clock;

  LocalServices(LocalServiceRepository services, Clock clock) {
    this.services = services;
    this.clock = clock;
  }

  /** A retired service cannot be changed; add a new one instead. */
  static class RetiredServiceException extends RuntimeException {
    RetiredServiceException(long id) {
      super("Service " + id + " is retired and kept for history only; add a new service instead");
    }
  }

  @Transactional
  public LocalService add(ServiceDetails details, String by) {
    LocalService service = new LocalService(by, clock.instant());
    service.describe(checked(details), by, clock.instant());
    return services.save(service);
  }

  @Transactional
  public Optional<LocalService> change(long id, ServiceDetails details, String by) {
    return services.findById(id).map(service -> {
      if (service.isRetired()) {
        throw new RetiredServiceException(id);
      }
      service.describe(checked(details), by, clock.instant());
      return services.saveAndFlush(service);
    });
  }

  @Transactional
  public Optional<LocalService> retire(long id, String by) {
    return services.findById(id).map(service -> {
      if (!service.isRetired()) {
        service.retire(by, clock.instant());
      }
      return service;
    });
  }

  @Transactional(readOnly = true)
  public Optional<LocalService> byId(long id) {
    return services.findById(id);
  }

  @Transactional(readOnly = true)
  public List<LocalService> search(DirectorySearch search, boolean includeRetired) {
    return search.rank(includeRetired ? services.findAll() : services.findByRetiredAtIsNull());
  }

  /** The live services for a person of this age living at this postcode, best first. */
  @Transactional(readOnly = true)
  public List<LocalService> forPerson(String postcode, AgeGroup age) {
    return search(new DirectorySearch(Optional.empty(), PostcodeDistrict.of(postcode), age, List.of()), false);
  }

  @Transactional(readOnly = true)
  public boolean isEmpty() {
    return services.count() == 0;
  }

  /** Normalised details: areas upper case, needs as lower-case tags; a way to reach the service. */
  static ServiceDetails checked(ServiceDetails details) {
    if (blank(details.phone()) && blank(details.email()) && blank(details.web())) {
      throw new InvalidFieldsException(List.of(new InvalidFieldsException.Field("contact",
          "give at least one of phone, email and web, so a person can reach the service")));
    }
    Set<String> areas = new TreeSet<>();
    details.areas().forEach(a -> areas.add(a.strip().toUpperCase(Locale.ROOT)));
    Set<String> needs = new LinkedHashSet<>();
    details.needs().forEach(n -> needs.add(tag(n)));
    return new ServiceDetails(details.name().strip(), details.provider(), details.description().strip(), areas,
        new TreeSet<>(needs), details.ageGroups(), strip(details.accessCriteria()), strip(details.redFlags()),
        strip(details.phone()), strip(details.email()), strip(details.web()));
  }

  /** "Mental health" and "mental-health" are one tag. */
  static String tag(String need) {
    return need.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "-");
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String strip(String text) {
    return blank(text) ? null : text.strip();
  }
}
