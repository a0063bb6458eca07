package org.carepath.modelchange;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.carepath.api.InvalidFieldsException;
import org.carepath.api.InvalidFieldsException.Field;
import org.carepath.identity.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * A process manager's change of the models (docs/api.md, docs/modelling-guide.md): {@code check} sets the
 * changed BPMN, DMN and form files against the cases running now without deploying anything;
 * {@code deploy} deploys them and can move the running cases; {@code migrate} moves the cases between
 * two versions (the way back). Process managers and administrators.
 */
@RestController
class ModelChangeController {

  /** Files of one change: carepath's whole model set is a dozen files. */
  static final int MOST_FILES = 40;

  private final ModelChanges changes;
  private final ModelDeployments deployments;
  private final CurrentStaff staff;

  ModelChangeController(ModelChanges changes, ModelDeployments deployments, CurrentStaff staff) {
    this.changes = changes;
    this.deployments = deployments;
    this.staff = staff;
  }

  @PostMapping("/api/models/check")
  ModelChangeReport check(HttpServletRequest request) throws IOException {
    return changes.check(read(multipart(request).getFiles("files")));
  }

  /**
   * Deploys the checked change as a new version; with {@code migrate=true} (a form field) also moves
   * the running cases that can move. A change the check refuses: 400 with the check's report.
   */
  @PostMapping("/api/models/deploy")
  ResponseEntity<?> deploy(HttpServletRequest request) throws Exception {
    MultipartHttpServletRequest multipart = multipart(request);
    String migrate = multipart.getParameter("migrate");
    if (migrate != null && !migrate.equals("true") && !migrate.equals("false")) {
      throw new InvalidFieldsException(List.of(new Field("migrate", "true or false")));
    }
    try {
      return ResponseEntity.ok(deployments.deploy(read(multipart.getFiles("files")), "true".equals(migrate)));
    } catch (ModelDeployments.Refused refused) {
      return ResponseEntity.badRequest().body(refused.report);
    }
  }

  /** Moves the running cases of version {@code from} of a process to version {@code to}: forward, or the way back. */
  @PostMapping("/api/models/{key}/migrate")
  ModelMigration.Moved migrate(@PathVariable String key, @RequestParam int from, @RequestParam int to) throws Exception {
    mayChangeModels();
    if (from == to) {
      throw new InvalidFieldsException(List.of(new Field("to", "another version than from")));
    }
    return deployments.migrate(key, from, to);
  }

  private MultipartHttpServletRequest multipart(HttpServletRequest request) {
    mayChangeModels();
    if (!(request instanceof MultipartHttpServletRequest multipart)) {
      throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send multipart/form-data");
    }
    return multipart;
  }

  private void mayChangeModels() {
    if (!staff.changesModels()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Changing models is for process managers and administrators");
    }
  }

  private static List<ModelChanges.File> read(List<MultipartFile> files) throws IOException {
    if (files == null || files.isEmpty()) {
      throw refused("send the changed BPMN, DMN and form files as the form field 'files'");
    }
    if (files.size() > MOST_FILES) {
      throw refused("at most " + MOST_FILES + " files in one change, not " + files.size());
    }
    List<ModelChanges.File> read = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (MultipartFile file : files) {
      String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().strip();
      String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
      if (!base.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}\\.(bpmn|dmn|form)")) {
        throw refused("'" + abbreviate(base) + "' is not a model file: a name of letters, digits, '_', '-' or '.' ending in .bpmn, .dmn or .form");
      }
      if (!names.add(base)) {
        throw refused("'" + base + "' is sent twice");
      }
      if (file.isEmpty()) {
        throw refused("'" + base + "' is empty");
      }
      read.add(new ModelChanges.File(base, file.getBytes()));
    }
    return read;
  }

  private static String abbreviate(String name) {
    return name.length() > 60 ? name.substring(0, 59) + "…" : name;
  }

  private static InvalidFieldsException refused(String message) {
    return new InvalidFieldsException(List.of(new Field("files", message)));
  }
}
