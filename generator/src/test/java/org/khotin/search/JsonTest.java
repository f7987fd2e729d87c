package org.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Index files are read by the browser's JSON.parse: every string must come back as it was written. */
class JsonTest {
    @Test
    void stringsComeBackUnchangedWhateverCharactersTheyHold() throws Exception {
        List<String> samples = new ArrayList<>(List.of("", "Hội nghị \"tổng kết\" năm 2018", "C:\\thư mục\\tệp",
                "dòng một\ndòng hai\r\n\tthụt", "ký tự\u2028dòng\u2029đoạn", "\"\"\\\\", "x"));
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) controls.append(c).append('a');
        samples.add(controls.toString());
        ObjectMapper mapper = new ObjectMapper();
        for (String s : samples) {
            String json = Json.string(new StringBuilder(), s).toString();
            assertThat(mapper.readValue(json, String.class)).as(json).isEqualTo(s);
            assertThat(json).doesNotContain("\u2028").doesNotContain("\u2029");
            assertThat(json.chars().skip(1).limit(Math.max(0, json.length() - 2)).noneMatch(c -> c < 0x20)).as(json).isTrue();
        }
        assertThat(Json.string(new StringBuilder(), "a\"b\\c\nd\u0001e").toString()).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001e\"");
    }
}
