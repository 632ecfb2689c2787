// The shell of every HTML report: one self-contained file that opens the same offline years
// later. The style sheet (report.css, embedded at build time) is inline; there is no
// script, no font and nothing fetched, and the page's content security policy forbids all
// of it, so that even a mistake in escaping could not run code.
#pragma once

#include <string>
#include <string_view>

namespace medcareer::ui::html {

// The embedded report.css (generated from src/ui/html/report.css).
std::string_view report_css();

// A complete document: `title` is text (escaped here), `body` is HTML made by this folder.
std::string page(std::string_view title, std::string_view body);

// <section aria-labelledby="ID"><h2 id="ID">HEADING</h2>CONTENT</section>, for each part of
// a report: one concern each, with a heading a screen reader can jump to.
std::string section(std::string_view id, std::string_view heading, std::string_view content);

}  // namespace medcareer::ui::html
