// The stylesheet a CSS inliner (juice) writes into every element of the WeChat fragment and
// the email: light colours, pixel sizes, and selectors for the tree after portableTree
// (cards and demo cards are sections by then). The site's own colours, so it reads alike.
// Family names unquoted (valid CSS for names made of words), so style attributes need no escaping.
const FONT = '-apple-system, PingFang SC, Hiragino Sans GB, Microsoft YaHei, Helvetica Neue, Arial, sans-serif';
const MONO = 'Menlo, Consolas, Liberation Mono, Courier New, monospace';

export const CHANNEL_CSS = `
.channel { font-family: ${FONT}; font-size: 16px; line-height: 1.75; color: #1b1f24; word-wrap: break-word; }
p { margin: 0 0 16px; }
h1 { font-size: 24px; line-height: 1.4; margin: 0 0 12px; }
h2 { font-size: 21px; line-height: 1.4; margin: 32px 0 14px; padding-bottom: 6px; border-bottom: 2px solid #1f4fa3; color: #1b1f24; }
h3 { font-size: 18px; line-height: 1.45; margin: 26px 0 12px; color: #1f4fa3; }
h4 { font-size: 16px; line-height: 1.5; margin: 20px 0 8px; }
ul, ol { margin: 0 0 16px; padding-left: 24px; }
li { margin: 4px 0; }
blockquote { margin: 0 0 16px; padding: 8px 14px; border-left: 4px solid #1f4fa3; background: #eef3fb; color: #1b1f24; }
code { font-family: ${MONO}; font-size: 14px; background: #f0f2f5; border-radius: 4px; padding: 1px 4px; color: #1b1f24; }
pre { margin: 0 0 16px; padding: 12px 14px; border: 1px solid #d0d7de; border-radius: 8px; background: #ffffff; overflow-x: auto; white-space: pre; overflow-wrap: normal; word-wrap: normal; word-break: normal; }
pre code { display: block; font-size: 13px; line-height: 1.6; background: transparent; padding: 0; border-radius: 0; white-space: pre; overflow-wrap: normal; word-wrap: normal; }
table { border-collapse: collapse; margin: 0 0 16px; width: 100%; font-size: 14px; }
th, td { border: 1px solid #d0d7de; padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: 700; }
img { max-width: 100%; height: auto; }
hr { border: 0; border-top: 1px solid #d0d7de; margin: 24px 0; }
sup { font-size: 12px; line-height: 1; color: #57606a; }
.card { border: 1px solid #d0d7de; border-radius: 10px; background: #f6f8fa; padding: 12px 14px; margin: 20px 0 14px; }
.card-kind { display: inline-block; font-size: 12px; font-weight: 700; line-height: 1.6; border-radius: 4px; padding: 0 6px; margin-right: 6px; background: #1f4fa3; color: #ffffff; }
.card-pre { background: #57606a; }
.card-title { font-size: 16px; line-height: 1.45; margin: 6px 0 4px; color: #1b1f24; }
.card-meta { font-size: 14px; line-height: 1.6; color: #57606a; margin: 4px 0; }
.card-meta > section { display: inline-block; margin-right: 14px; }
.card-meta > section > span { margin-right: 4px; }
.card-handle { font-size: 13px; background: transparent; padding: 0; color: #1f4fa3; }
.card-labels { list-style: none; padding: 0; margin: 8px 0; }
.card-labels li { display: inline-block; font-size: 12px; line-height: 1.6; border: 1px solid #d0d7de; border-radius: 999px; padding: 0 8px; margin: 0 4px 4px 0; background: #ffffff; }
.card-note { margin: 8px 0 2px; padding: 6px 12px; font-size: 14px; line-height: 1.6; border-left: 4px solid #1f4fa3; background: #eef3fb; }
.card-note p { margin: 0; }
.card-note-details > p { font-weight: 700; font-size: 14px; margin: 8px 0 0; }
.card-no-note { font-size: 14px; color: #57606a; margin: 6px 0 0; }
.demo-card { border: 1px solid #1f4fa3; border-radius: 10px; padding: 12px 14px; margin: 20px 0; background: #eef3fb; }
.demo-card p { margin: 0 0 6px; }
.demo-kicker { font-size: 12px; font-weight: 700; color: #1f4fa3; }
.demo-card-title { font-size: 16px; font-weight: 700; }
.channel-kicker { font-size: 14px; color: #57606a; margin: 0 0 8px; }
.channel-lede { font-size: 16px; color: #1b1f24; margin: 0 0 20px; padding: 10px 14px; background: #f6f8fa; border-radius: 8px; }
.channel-references { margin-top: 32px; font-size: 13px; line-height: 1.6; color: #57606a; }
.channel-references h2 { font-size: 17px; margin: 0 0 10px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; color: #1b1f24; }
.channel-references p { margin: 0 0 6px; }
.channel-reference-url { word-break: break-all; color: #1f4fa3; }
`;
