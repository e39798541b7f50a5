package dev.retort.examples.shop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The shop on a SQLite file: the same revisions, the same start-up order. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SqliteShopTest extends ShopContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws IOException {
    Path file = Files.createTempDirectory("shop").resolve("shop.db");
    registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + file);
    registry.add("spring.jpa.database-platform", () -> "org.hibernate.community.dialect.SQLiteDialect");
  }
}
