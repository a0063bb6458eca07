package org.carepath.directory;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carepath.api.InvalidFieldsException;
import org.carepath.identity.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The directory of local services: every member of staff searches and reads it; care co-ordinators,
 * adult teams, service leads and administrators keep it up to date.
 */
@RestController
class DirectoryController {

  private static final String PATH = "/api/directory/services";

  private final LocalServices services;
  private final CurrentStaff staff;

  DirectoryController(LocalServices services, CurrentStaff staff) {
    this.services = services;
    this.staff = staff;
  }

  @GetMapping(PATH)
  List<LocalServiceView> search(@RequestParam Optional<String> need, @RequestParam Optional<String> postcode,
      @RequestParam Optional<String> age, @RequestParam Optional<String> q,
      @RequestParam(defaultValue = "false") boolean includeRetired) {
    List<InvalidFieldsException.Field> invalid = new java.util.ArrayList<>();
    Optional<String> district = postcode.filter(p -> !p.isBlank()).map(p -> PostcodeDistrict.of(p).orElseGet(() -> {
      invalid.add(new InvalidFieldsException.Field("postcode", "must be a UK postcode (NE66 1AB) or its district (NE66)"));
      return null;
    }));
    AgeGroup ageGroup = AgeGroup.ALL;
    if (age.isPresent() && !age.get().isBlank()) {
      try {
        ageGroup = AgeGroup.valueOf(age.get().strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        invalid.add(new InvalidFieldsException.Field("age", "must be CHILDREN, ADULTS or ALL"));
      }
    }
    if (q.isPresent() && q.get().length() > 200) {
      invalid.add(new InvalidFieldsException.Field("q", "must be at most 200 characters"));
    }
    if (!invalid.isEmpty()) {
      throw new InvalidFieldsException(invalid);
    }
    var search = new DirectorySearch(need.filter(n -> !n.isBlank()).map(LocalServices::tag), district, ageGroup,
        DirectorySearch.wordsOf(q.orElse(null)));
    return services.search(search, includeRetired).stream().map(LocalServiceView::of).toList();
  }

  @GetMapping(PATH + "/{id}")
  LocalServiceView read(@PathVariable long id) {
    return services.byId(id).map(LocalServiceView::of).orElseThrow(() -> notFound(id));
  }

  @PostMapping(path = PATH, consumes = "application/json")
  ResponseEntity<Map<String, Object>> add(@Valid @RequestBody LocalServiceRequest request) {
    mayKeepDirectory();
    LocalService added = services.add(request.details(), staff.userId());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", added.id()));
  }

  @PutMapping(path = PATH + "/{id}", consumes = "application/json")
  LocalServiceView change(@PathVariable long id, @Valid @RequestBody LocalServiceRequest request) {
    mayKeepDirectory();
    try {
      return services.change(id, request.details(), staff.userId()).map(LocalServiceView::of).orElseThrow(() -> notFound(id));
    } catch (LocalServices.RetiredServiceException e) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
    }
  }

  /** Retires the service: searches no longer find it; it stays readable by id for history. */
  @DeleteMapping(PATH + "/{id}")
  ResponseEntity<Void> retire(@PathVariable long id) {
    mayKeepDirectory();
    services.retire(id, staff.userId()).orElseThrow(() -> notFound(id));
    return ResponseEntity.noContent().build();
  }

  private void mayKeepDirectory() {
    if (!staff.keepsDirectory()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Care co-ordinators, adult teams and service leads keep the directory; you may search it");
    }
  }

  private static ResponseStatusException notFound(long id) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "No service " + id + " in the directory");
  }
}
