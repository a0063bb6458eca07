package org.carepath.carefunctions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.carepath.api.InvalidFieldsException;
import org.carepath.api.InvalidFieldsException.Field;
import org.carepath.identity.CurrentStaff;
import org.carepath.referral.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coordinating-care functions (docs/reports.md): {@code GET /api/care-functions} the reference list;
 * {@code GET|PUT /api/care-functions/map} who delivers which (JSON, or the matrix as CSV);
 * {@code GET /api/care-functions/gaps} the functions nobody delivers; {@code GET|POST
 * /api/care-functions/learning-needs} the learning needs (JSON or CSV). Service leads and administrators.
 */
@RestController
class CareFunctionController {

  record FunctionView(String code, String area, String title) {
    static FunctionView of(CareFunction function) {
      return new FunctionView(function.name(), function.area().label(), function.title());
    }
  }

  /** One organisation's (or role's) functions, by code. */
  record MapView(String organisation, String role, List<String> functions) {
    static MapView of(CareFunctions.MapEntry entry) {
      return new MapView(entry.organisation(), entry.role(), entry.functions().stream().map(Enum::name).toList());
    }
  }

  record MapRequest(@NotBlank @Size(max = 100) @PlainText String organisation, @Size(max = 100) @PlainText String role,
      @NotNull @Size(max = 42) List<@NotBlank String> functions) {}

  record NeedRequest(@NotBlank @Size(max = 100) @PlainText String organisation, @Size(max = 100) @PlainText String role,
      @NotBlank String function, @NotBlank @Size(max = 1000) @PlainText(multiLine = true) String need,
      @Size(max = 1000) @PlainText(multiLine = true) String activity, @Size(max = 1000) @PlainText(multiLine = true) String comment) {}

  record NeedView(Long id, String organisation, String role, String function, String functionTitle, String need,
      String activity, String comment, String recordedBy, Instant recordedAt) {
    static NeedView of(LearningNeed need) {
      return new NeedView(need.getId(), need.getOrganisation(), need.getRole(), need.getFunction().name(),
          need.getFunction().title(), need.getNeed(), need.getActivity(), need.getComment(), need.getRecordedBy(),
          need.getRecordedAt());
    }
  }

  private final CareFunctions functions;
  private final CurrentStaff staff;

  CareFunctionController(CareFunctions functions, CurrentStaff staff) {
    this.functions = functions;
    this.staff = staff;
  }

  @GetMapping("/api/care-functions")
  List<FunctionView> list() {
    mayMapFunctions();
    return EnumSet.allOf(CareFunction.class).stream().map(FunctionView::of).toList();
  }

  @GetMapping("/api/care-functions/map")
  ResponseEntity<?> map(@RequestHeader(name = "Accept", required = false) String accept) {
    mayMapFunctions();
    var map = functions.map();
    if (csv(accept)) {
      return csvBody("care-function-map.csv", CareFunctionCsv.map(map));
    }
    return ResponseEntity.ok(map.stream().map(MapView::of).toList());
  }

  @PutMapping("/api/care-functions/map")
  MapView replace(@Valid @RequestBody MapRequest request) {
    mayMapFunctions();
    Set<CareFunction> chosen = EnumSet.noneOf(CareFunction.class);
    for (int i = 0; i < request.functions().size(); i++) {
      CareFunction function = function(request.functions().get(i), "functions[" + i + "]");
      if (!chosen.add(function)) {
        throw new InvalidFieldsException(List.of(new Field("functions[" + i + "]", "is named twice")));
      }
    }
    return MapView.of(functions.replace(request.organisation().strip(), role(request.role()), chosen));
  }

  @GetMapping("/api/care-functions/gaps")
  List<FunctionView> gaps() {
    mayMapFunctions();
    return functions.gaps().stream().map(FunctionView::of).toList();
  }

  @GetMapping("/api/care-functions/learning-needs")
  ResponseEntity<?> needs(@RequestHeader(name = "Accept", required = false) String accept) {
    mayMapFunctions();
    List<NeedView> needs = functions.needs().stream().map(NeedView::of).toList();
    return csv(accept) ? csvBody("learning-needs.csv", CareFunctionCsv.needs(needs)) : ResponseEntity.ok(needs);
  }

  @PostMapping("/api/care-functions/learning-needs")
  ResponseEntity<NeedView> addNeed(@Valid @RequestBody NeedRequest request) {
    mayMapFunctions();
    CareFunction function = function(request.function(), "function");
    return ResponseEntity.status(HttpStatus.CREATED).body(NeedView.of(functions.addNeed(request.organisation().strip(),
        role(request.role()), function, request.need().strip(), blankToNull(request.activity()), blankToNull(request.comment()))));
  }

  private void mayMapFunctions() {
    staff.requireReports("The function map is");
  }

  private static CareFunction function(String code, String field) {
    try {
      return CareFunction.valueOf(code.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldsException(List.of(new Field(field, "a function code of GET /api/care-functions, e.g. COM_01")));
    }
  }

  private static String role(String role) {
    return role == null ? "" : role.strip();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static boolean csv(String accept) {
    return accept != null && accept.contains("text/csv");
  }

  private static ResponseEntity<?> csvBody(String file, String body) {
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"").body(body);
  }
}
