package dev.retort.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.ErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TargetParserTest {

  @Test
  void parse_keywords_giveTheirOwnTypes() {
    assertThat(TargetParser.parse("head")).isEqualTo(new Target.Head("head"));
    assertThat(TargetParser.parse("heads")).isEqualTo(new Target.Heads("heads"));
    assertThat(TargetParser.parse("base")).isEqualTo(new Target.Base("base"));
    assertThat(TargetParser.parse("current")).isEqualTo(new Target.Current("current"));
  }

  @Test
  void parse_surroundingWhitespace_isStripped() {
    assertThat(TargetParser.parse("  head\t")).isEqualTo(new Target.Head("head"));
    assertThat(TargetParser.parse(" abcd ")).isEqualTo(new Target.Ref("abcd", "abcd"));
  }

  @Test
  void parse_idOrPrefixOrLabel_isARef() {
    assertThat(TargetParser.parse("3f2a9c1d7b4e")).isEqualTo(new Target.Ref("3f2a9c1d7b4e", "3f2a9c1d7b4e"));
    assertThat(TargetParser.parse("3f2a")).isEqualTo(new Target.Ref("3f2a", "3f2a"));
    assertThat(TargetParser.parse("feat_1.x")).isEqualTo(new Target.Ref("feat_1.x", "feat_1.x"));
  }

  @Test
  void parse_keywordsAreCaseSensitive() {
    assertThat(TargetParser.parse("HEAD")).isEqualTo(new Target.Ref("HEAD", "HEAD"));
  }

  @Test
  void parse_branchScoped_forms() {
    assertThat(TargetParser.parse("feat@head")).isEqualTo(new Target.BranchHead("feat@head", "feat"));
    assertThat(TargetParser.parse("3f2a@head")).isEqualTo(new Target.BranchHead("3f2a@head", "3f2a"));
    assertThat(TargetParser.parse("feat@base")).isEqualTo(new Target.BranchBase("feat@base", "feat"));
    assertThat(TargetParser.parse("feat@3f2a9c")).isEqualTo(new Target.BranchRef("feat@3f2a9c", "feat", "3f2a9c"));
  }

  @Test
  void parse_plusAndMinusN_areRelativeToTheDatabase() {
    assertThat(TargetParser.parse("+2")).isEqualTo(new Target.Relative("+2", null, null, 2));
    assertThat(TargetParser.parse("-1")).isEqualTo(new Target.Relative("-1", null, null, -1));
    assertThat(TargetParser.parse("+10")).isEqualTo(new Target.Relative("+10", null, null, 10));
  }

  @Test
  void parse_labelAtPlusN_isRelativeWithinTheBranch() {
    assertThat(TargetParser.parse("feat@+2")).isEqualTo(new Target.Relative("feat@+2", null, "feat", 2));
    assertThat(TargetParser.parse("feat@-1")).isEqualTo(new Target.Relative("feat@-1", null, "feat", -1));
  }

  @Test
  void parse_targetPlusOrMinusN_isRelativeToTheAnchor() {
    assertThat(TargetParser.parse("head-1"))
        .isEqualTo(new Target.Relative("head-1", new Target.Head("head"), null, -1));
    assertThat(TargetParser.parse("base+3"))
        .isEqualTo(new Target.Relative("base+3", new Target.Base("base"), null, 3));
    assertThat(TargetParser.parse("3f2a+1"))
        .isEqualTo(new Target.Relative("3f2a+1", new Target.Ref("3f2a", "3f2a"), null, 1));
    assertThat(TargetParser.parse("heads-2"))
        .isEqualTo(new Target.Relative("heads-2", new Target.Heads("heads"), null, -2));
  }

  @Test
  void parse_scopedTargetPlusOrMinusN_anchorsOnTheScopedTarget() {
    Target parsed = TargetParser.parse("feat@head-1");

    assertThat(parsed).isInstanceOf(Target.Relative.class);
    Target.Relative rel = (Target.Relative) parsed;
    assertThat(rel.steps()).isEqualTo(-1);
    assertThat(rel.anchor()).isInstanceOf(Target.BranchHead.class);
    assertThat(((Target.BranchHead) rel.anchor()).branch()).isEqualTo("feat");

    Target.Relative onRef = (Target.Relative) TargetParser.parse("feat@3f2a+2");
    assertThat(onRef.steps()).isEqualTo(2);
    assertThat(onRef.anchor()).isInstanceOf(Target.BranchRef.class);
    assertThat(((Target.BranchRef) onRef.anchor()).ref()).isEqualTo("3f2a");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "a@", "@head", "@", "ab cd", "head+1+2", "-1-1", "+1+2", "head+", "+", "-", "+1x", "a@b@c",
      "head:1", "a-b", "abc$", "feat@head+1+2", "feat@+1+2", "feat@-1-1", "feat@ab cd", "feat@"})
  void parse_malformed_throwsG009(String text) {
    assertThatThrownBy(() -> TargetParser.parse(text))
        .isInstanceOfSatisfying(MalformedTargetException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.G009);
          assertThat(e.summary()).contains("'" + text.strip() + "'");
          assertThat(e.hint()).contains("<label>@head").contains("<target>-N");
        });
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void parse_blank_throwsG009SayingItIsEmpty(String text) {
    assertThatThrownBy(() -> TargetParser.parse(text))
        .isInstanceOfSatisfying(MalformedTargetException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.G009);
          assertThat(e.summary()).contains("empty");
        });
  }

  @Test
  void parse_missingRevision_saysSo() {
    assertThatThrownBy(() -> TargetParser.parse("a@"))
        .isInstanceOf(MalformedTargetException.class)
        .hasMessageContaining("missing");
    assertThatThrownBy(() -> TargetParser.parse("@head"))
        .isInstanceOf(MalformedTargetException.class)
        .hasMessageContaining("missing");
  }

  @Test
  void parse_illegalCharacter_namesIt() {
    assertThatThrownBy(() -> TargetParser.parse("ab cd"))
        .isInstanceOf(MalformedTargetException.class)
        .hasMessageContaining("' '");
  }

  @Test
  void parse_twoSteps_saysOnlyOneIsAllowed() {
    assertThatThrownBy(() -> TargetParser.parse("head+1+2"))
        .isInstanceOf(MalformedTargetException.class)
        .hasMessageContaining("one +N/-N");
  }

  @Test
  void parse_hugeStepCount_isMalformedNotANumberFormatException() {
    assertThatThrownBy(() -> TargetParser.parse("+99999999999"))
        .isInstanceOf(MalformedTargetException.class)
        .hasMessageContaining("too large");
    assertThatThrownBy(() -> TargetParser.parse("head-99999999999"))
        .isInstanceOf(MalformedTargetException.class);
  }

  @Test
  void range_bothEnds() {
    TargetRange range = TargetRange.parse("3f2a:head");

    assertThat(range.from()).isEqualTo(new Target.Ref("3f2a", "3f2a"));
    assertThat(range.to()).isEqualTo(new Target.Head("head"));
  }

  @Test
  void range_openUpperEnd_runsToTheHeads() {
    TargetRange range = TargetRange.parse("3f2a:");

    assertThat(range.from()).isEqualTo(new Target.Ref("3f2a", "3f2a"));
    assertThat(range.to()).isNull();
  }

  @Test
  void range_openLowerEnd_startsAtBase() {
    TargetRange range = TargetRange.parse(":feat@head");

    assertThat(range.from()).isNull();
    assertThat(range.to()).isEqualTo(new Target.BranchHead("feat@head", "feat"));
  }

  @Test
  void range_relativeAndKeywordEnds() {
    TargetRange range = TargetRange.parse("base:head-1");

    assertThat(range.from()).isEqualTo(new Target.Base("base"));
    assertThat(range.to()).isEqualTo(new Target.Relative("head-1", new Target.Head("head"), null, -1));
  }

  @Test
  void range_singleTarget_isBothEnds() {
    TargetRange range = TargetRange.parse("heads");

    assertThat(range.from()).isEqualTo(new Target.Heads("heads"));
    assertThat(range.to()).isEqualTo(range.from());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a:b:c", "::", "", " ", "a b:c", "a:@head"})
  void range_malformed_throwsG009(String text) {
    assertThatThrownBy(() -> TargetRange.parse(text))
        .isInstanceOfSatisfying(MalformedTargetException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.G009));
  }
}
