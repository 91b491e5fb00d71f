package vn.gov.ubnd.workflow.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PageCursorTest {

  @Test
  void aCursorGivesBackTheSortValuesOfTheLastHit() throws Exception {
    var values = new ObjectMapper().readTree("[1777593600000,\"12/TB-UBND\"]");
    String cursor = PageCursor.encode(values);
    assertThat(cursor).doesNotContain("/").doesNotContain("+").doesNotContain("=");
    assertThat(PageCursor.decode(cursor, 2)).isEqualTo(values);
    assertThat(PageCursor.decode(null, 2)).isNull();
    assertThat(PageCursor.decode(" ", 2)).isNull();
  }

  @Test
  void aChangedOrForeignCursorIsRefusedInVietnamese() {
    String objectInside = Base64.getUrlEncoder().encodeToString("[{\"a\":1},\"x\"]".getBytes());
    for (String wrong :
        new String[] {
          "abc", "%%%", PageCursor.encode(new ObjectMapper().createArrayNode().add(1)), objectInside
        }) {
      assertThatThrownBy(() -> PageCursor.decode(wrong, 2))
          .isInstanceOf(PageCursor.InvalidCursorException.class)
          .hasMessageContaining("Trang sau");
    }
  }
}
