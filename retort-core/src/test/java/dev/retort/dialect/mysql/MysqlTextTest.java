package dev.retort.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * MySQL 8 and MariaDB print one schema two ways (the forms below are theirs, from their
 * manuals); both must read as one spelling, which they also accept back in DDL.
 */
class MysqlTextTest {
  @Test
  void types_displayWidthsDropped_saveBooleanAndZerofill_enumLabelsKeepTheirCase() {
    assertThat(MysqlText.normalizeType("int(11)")).isEqualTo(MysqlText.normalizeType("int"));
    assertThat(MysqlText.normalizeType("int(10) unsigned")).isEqualTo("int unsigned");
    assertThat(MysqlText.normalizeType("BIGINT(20)")).isEqualTo("bigint");
    assertThat(MysqlText.normalizeType("tinyint(1)")).isEqualTo("tinyint(1)");
    assertThat(MysqlText.normalizeType("int(5) unsigned zerofill")).isEqualTo("int(5) unsigned zerofill");
    assertThat(MysqlText.normalizeType("varchar(20)")).isEqualTo("varchar(20)");
    assertThat(MysqlText.normalizeType("ENUM('Sad','ok')")).isEqualTo("enum('Sad','ok')");
  }

  @Test
  void stringDefaults_mariadbsSqlAndMysqlsValue_readAsOneLiteral() {
    String mariadb = MysqlText.defaultExpression("varchar", "'it\\'s \\\\ x'", "", true);
    String mysql = MysqlText.defaultExpression("varchar", "it's \\ x", "", false);
    assertThat(mariadb).isEqualTo(mysql).isEqualTo("'it''s \\\\ x'");
    assertThat(MysqlText.defaultExpression("varchar", "'NULL'", "", true)).isEqualTo("'NULL'");
    assertThat(MysqlText.defaultExpression("varchar", "NULL", "", true)).isNull();
    assertThat(MysqlText.defaultExpression("varchar", null, "", false)).isNull();
  }

  @Test
  void timeAndExpressionDefaults_readAsOneSpelling() {
    assertThat(MysqlText.defaultExpression("timestamp", "current_timestamp()", "on update current_timestamp()", true))
        .isEqualTo(MysqlText.defaultExpression("timestamp", "CURRENT_TIMESTAMP",
            "DEFAULT_GENERATED on update CURRENT_TIMESTAMP", false))
        .isEqualTo("CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP");
    assertThat(MysqlText.defaultExpression("datetime", "current_timestamp(3)", "", true)).isEqualTo("CURRENT_TIMESTAMP(3)");
    assertThat(MysqlText.defaultExpression("double", "rand()", "", true))
        .isEqualTo(MysqlText.defaultExpression("double", "rand()", "DEFAULT_GENERATED", false)).isEqualTo("(rand())");
    assertThat(MysqlText.defaultExpression("int", "5", "", false)).isEqualTo("5");
    assertThat(MysqlText.defaultExpression("date", "2020-01-01", "", false)).isEqualTo("'2020-01-01'");
  }

  @Test
  void expressions_withoutIntroducersAndOuterParentheses_stringsLeftAlone() {
    assertThat(MysqlText.expression("(`status` in (_utf8mb4'a',_utf8mb4'b_c'))")).isEqualTo("`status` in ('a','b_c')");
    assertThat(MysqlText.expression("`a` > 0")).isEqualTo("`a` > 0");
    assertThat(MysqlText.expression("(`a` > 0) and (`b` > 0)")).isEqualTo("(`a` > 0) and (`b` > 0)");
    assertThat(MysqlText.expression("`a` = 'x_utf8mb4'")).isEqualTo("`a` = 'x_utf8mb4'");
  }

  @Test
  void viewDefinitions_loseTheirOwnDatabaseQualifierOnly() {
    assertThat(MysqlText.viewDefinition("select `shop`.`t`.`id` AS `id` from `shop`.`t` where `t`.`a` = '`shop`.'", "shop"))
        .isEqualTo("select `t`.`id` AS `id` from `t` where `t`.`a` = '`shop`.'");
  }
}
