package dev.retort.jpa.renamed;

import dev.retort.migration.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * Renamed from table {@code customer}; its {@code email} column was {@code email_address}, and
 * {@code displayName} (Hibernate's default naming keeps the field name, PostgreSQL folds it) was
 * {@code full_name}.
 */
@Entity
@RenamedFrom("customer")
public class Client {
  @Id
  Long id;

  @RenamedFrom("email_address")
  @Column(name = "email", length = 320)
  String email;

  @RenamedFrom("Full_Name")
  String displayName;

  @Embedded
  Location location;
}
