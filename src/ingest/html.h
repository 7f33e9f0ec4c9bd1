// ingest/html — markup to plain text, on libxml2's HTML parser.
//
// Contract: html_to_text() takes UTF-8 (ingest/encoding has decoded the
// bytes; a <meta charset> is not applied a second time) and keeps the visible
// text of the page, one block element (p, div, li, h1-h6, br, tr,
// figcaption...) per line, the cells of a table row separated by a space;
// every HTML character entity is decoded. Dropped: script, style, noscript,
// nav, footer, aside, form, button, select, iframe, svg, ruby readings, and a
// <header> that is not inside an <article> (the site's banner); an article's
// header keeps its headline and date (<time>, or its datetime attribute written
// as 2025年4月2日 when the element shows no text). The <title> is read only when the page has no
// <h1>. It never throws: markup that does not parse gives the text found.
#pragma once

#include <string>

namespace kizashi {

bool looks_like_html(const std::string& text);
std::string html_to_text(const std::string& html);

}  // namespace kizashi
