-- H2 (demo and tests): no trigger. An H2 trigger is a Java class on the database's classpath, and
-- H2 holds no real records; append-only rests on the code here (AuditEvent is immutable, its
-- repository only saves and finds). PostgreSQL's trigger has the same version, 5.1.
comment on table audit_event is 'Append-only audit trail (docs/security.md); no trigger on H2';
