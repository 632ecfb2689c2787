#include "ui/html/page.h"

#include "ui/html/escape.h"

namespace medcareer::ui::html {

std::string page(std::string_view title, std::string_view body) {
  std::string out =
      "<!DOCTYPE html>\n"
      "<html lang=\"en\">\n"
      "<head>\n"
      "<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'\">\n"
      "<title>" +
      escape(title) + "</title>\n<style>\n";
  out += report_css();
  out += "</style>\n</head>\n<body>\n";
  out += body;
  out += "</body>\n</html>\n";
  return out;
}

std::string section(std::string_view id, std::string_view heading, std::string_view content) {
  std::string out = "<section aria-labelledby=\"";
  out += id;
  out += "\">\n<h2 id=\"";
  out += id;
  out += "\">" + escape(heading) + "</h2>\n";
  out += content;
  out += "</section>\n";
  return out;
}

}  // namespace medcareer::ui::html
