package org.carepath.directory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LocalServiceRepository extends JpaRepository<LocalService, Long> {

  List<LocalService> findByRetiredAtIsNull();
}
