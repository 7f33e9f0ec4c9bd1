// ingest/html — markup to plain text.
//
// Contract: html_to_text() keeps the visible text of the body, one block
// element (p, div, li, h1-h6, br, tr, figcaption...) per line; drops script,
// style, noscript, nav, header, footer, aside, form, button, select, iframe
// and svg content; decodes character entities. It never throws.
#pragma once

#include <string>

namespace kizashi {

bool looks_like_html(const std::string& text);
std::string html_to_text(const std::string& html);

}  // namespace kizashi
