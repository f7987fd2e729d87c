package org.khotin.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.khotin.config.SiteConfig;
import org.khotin.diag.Problems;
import org.khotin.testing.TestSite;

/** docs/front-matter.schema.json (for editors' tools) and the build's validator judge the same examples alike. */
class FrontMatterSchemaTest {
    static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        String text = Files.readString(TestSite.repoRoot().resolve("docs/front-matter.schema.json"));
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            minimal                 | true  | 'title: Bài A\\ndate: 2020-01-02'
            full                    | true  | 'title: Bài A\\ndate: 2020-01-02T08:00:00+07:00\\nupdated: 2020-01-03T09:30+07:00\\nlang: vi\\nslug: bai-a\\nsummary: Tóm tắt\\nkeywords: [a, b]\\ncategory: Tin\\nauthor: X\\nauthor_org: Y\\nsource: Z\\nkicker: K\\nseries: Loạt bài A\\nseries_part: 2\\ntranslation_key: k\\ndraft: false\\nneeds_review: [title]\\nmedia: [a.mp4]'
            keywords as one text    | true  | 'title: A\\ndate: 2020-01-02\\nkeywords: một'
            utc date                | true  | 'title: A\\ndate: 2020-01-02T01:00:00Z'
            missing title           | false | 'date: 2020-01-02'
            missing date            | false | 'title: A'
            undated draft           | true  | 'title: A\\ndate_estimate: 2017-01-01\\ndraft: true\\nneeds_review: [date]'
            undated, not a draft    | false | 'title: A\\ndate_estimate: 2017-01-01\\nneeds_review: [date]'
            estimate not a date     | false | 'title: A\\ndate_estimate: soon\\ndraft: true'
            unknown key             | false | 'title: A\\ndate: 2020-01-02\\nkeyword: [a]'
            draft not boolean       | false | 'title: A\\ndate: 2020-01-02\\ndraft: maybe'
            keywords a mapping      | false | 'title: A\\ndate: 2020-01-02\\nkeywords: {a: b}'
            time without offset     | false | 'title: A\\ndate: 2020-01-02 08:00'
            not a date              | false | 'title: A\\ndate: 2 January 2020'
            month 13                | false | 'title: A\\ndate: 2020-13-02'
            year 0                  | false | 'title: A\\ndate: 0000-01-01'
            year 999                | false | 'title: A\\ndate: 0999-12-31T08:00+07:00'
            bad lang                | false | 'title: A\\ndate: 2020-01-02\\nlang: fr'
            bad slug                | false | 'title: A\\ndate: 2020-01-02\\nslug: Bài A'
            empty title             | false | 'title: ""\\ndate: 2020-01-02'
            title a list            | false | 'title: [a]\\ndate: 2020-01-02'
            series part, no series  | false | 'title: A\\ndate: 2020-01-02\\nseries_part: 2'
            series part zero        | false | 'title: A\\ndate: 2020-01-02\\nseries: S\\nseries_part: 0'
            series part as text     | false | 'title: A\\ndate: 2020-01-02\\nseries: S\\nseries_part: hai'
            series without part     | true  | 'title: A\\ndate: 2020-01-02\\nseries: S'
            """)
    void schemaAndValidatorAgree(String name, boolean valid, String yaml) throws Exception {
        String frontMatter = yaml.replace("\\n", "\n");
        assertThat(validatorAccepts(frontMatter)).as("build's validator on " + name).isEqualTo(valid);
        assertThat(schemaErrors(frontMatter)).as("schema on " + name).matches(errors -> errors.isEmpty() == valid);
    }

    private static boolean validatorAccepts(String frontMatter) {
        Problems problems = new Problems();
        String file = "---\n" + frontMatter + "\n---\nBody.\n";
        new ContentLoader(new FrontMatterParser(SiteConfig.VIETNAM))
                .parse(file.getBytes(StandardCharsets.UTF_8), "vi/2020/01/a.md", "content/vi/2020/01/a.md", problems);
        return !problems.hasErrors();
    }

    private static Set<String> schemaErrors(String frontMatter) throws Exception {
        JsonNode node = new YAMLMapper().readTree(frontMatter);
        return schema.validate(node).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }
}
