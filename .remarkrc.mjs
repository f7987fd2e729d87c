// Lets VS Code (extension unifiedjs.vscode-remark) check article front matter against
// docs/front-matter.schema.json while you type. One-time setup, outside the build:
//   npm install --no-save remark-frontmatter remark-lint-frontmatter-schema
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';

export default {
  plugins: [
    remarkFrontmatter,
    [remarkLintFrontmatterSchema, {schemas: {'./docs/front-matter.schema.json': ['content/**/*.md']}}],
  ],
};
