package org.carepath.retention;

import org.springframework.data.jpa.repository.JpaRepository;

interface LegalHoldRepository extends JpaRepository<LegalHold, Long> {}
