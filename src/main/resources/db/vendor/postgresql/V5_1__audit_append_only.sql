-- PostgreSQL only (spring.flyway.locations: db/vendor/{vendor}): audit_event is append-only in the
-- database itself, whatever client connects. Rows are removed only by the retention procedure of
-- docs/operations.md, which disables this trigger deliberately, as the table's owner.

create function audit_event_append_only() returns trigger
language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_append_only();
