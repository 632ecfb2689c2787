// The rules of lint_catalog (see the header), one function per rule.
#include "medcareer/catalog_lint.h"

#include <cctype>
#include <cmath>
#include <string>
#include <utility>

namespace medcareer {

namespace {

// Whether `text` states a number: a digit that does not continue a word, so "9 to 5" and
// "12-hour" do and an id such as "r2" does not.
bool states_number(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) continue;
    if (i == 0 || !std::isalpha(static_cast<unsigned char>(text[i - 1]))) return true;
  }
  return false;
}

// "AAPC" of "AAPC (American Academy of Professional Coders)": the name a text would use.
std::string short_name(const std::string& publisher) {
  return publisher.substr(0, publisher.find(" ("));
}

std::string period_of(const Catalog& catalog, const Figure& f) {
  if (!f.period.empty()) return f.period;
  const Source* s = catalog.find_source(f.source);
  return s ? s->period : "";
}

class Linter {
 public:
  Linter(const Catalog& catalog, std::vector<Error>& out) : catalog_(catalog), out_(out) {}

  void add(const Position& where, std::string message, std::string hint = {}) {
    out_.push_back(Error{where, std::move(message), std::move(hint)});
  }

  // A claim or figure credited to a body the article only points to.
  void credited(const std::string& source_id, const Position& where, const std::string& what) {
    const Source* s = catalog_.find_source(source_id);
    if (s && s->see_also) {
      add(where, what + " is credited to '" + source_id + "', a body its article only links to",
          "credit the article that makes the claim and name '" + source_id + "' under 'see_also'");
    }
  }

  void claims(const Role& r) {
    for (const auto& n : r.notes) credited(n.source, n.source_where, "a note");
    if (r.remote_note) credited(r.remote_note->source, r.remote_note->source_where, "a note");
    for (const auto* list : {&r.training, &r.pay, &r.growth, &r.outlook}) {
      for (const auto& f : *list) credited(f.source, f.source_where, "a figure");
    }
  }

  // The first way `b` differs from `a` that a joined range would hide, or "".
  std::string unlike(const Figure& a, const Figure& b) const {
    if (a.kind != b.kind) return "kind (" + kind_id(a.kind) + " and " + kind_id(b.kind) + ")";
    if (a.unit != b.unit) return "unit (" + unit_id(a.unit) + " and " + unit_id(b.unit) + ")";
    if (a.scope != b.scope)
      return "scope (" + scope_id(a.scope) + " and " + scope_id(b.scope) + ")";
    if (a.who != b.who) return "group ('" + a.who + "' and '" + b.who + "')";
    const std::string pa = period_of(catalog_, a), pb = period_of(catalog_, b);
    if (pa != pb) return "period ('" + pa + "' and '" + pb + "')";
    return "";
  }

  void ranges(const std::vector<Figure>& figures, const std::string& list) {
    const Figure* first = nullptr;
    for (const auto& f : figures) {
      if (!f.listed) continue;
      if (!first) {
        first = &f;
        continue;
      }
      if (const std::string why = unlike(*first, f); !why.empty()) {
        std::string message = "this figure and the one at line ";
        message += std::to_string(first->where.line);
        message += " are joined into one " + list + " range in lists, but differ in ";
        message += why;
        add(f.where, std::move(message),
            "list only figures of one kind, unit, scope, group and period; show the others "
            "side by side by leaving out 'list: true'");
      }
    }
  }

  void credential_pay(const Role& r) {
    for (const auto& f : r.pay) {
      if (f.scope == Scope::credential) {
        add(f.where, "the pay of " + f.who + " is not the pay of the job '" + r.id + "'",
            "give credential holders' pay on the certification, not among a role's pay");
      }
    }
  }

  void schedule(const Role& r) {
    if (states_number(r.schedule) && r.schedule_source.empty()) {
      add(r.schedule_where, "the schedule of '" + r.id + "' gives hours but no source",
          "add 'schedule_source' with the id of the source that gives them");
    }
  }

  void training_floor(const Profile& p) {
    if (p.min_training_months <= 0) return;
    const Role* r = catalog_.find_role(p.role);
    const auto months = static_cast<double>(p.min_training_months);
    bool sourced = false;
    if (r) {
      for (const auto& f : r->training) {
        sourced = sourced || (f.unit == Unit::months && std::fabs(f.lowest() - months) < 1e-9);
      }
    }
    if (!sourced && !p.training_assumed) {
      add(p.training_where,
          "min_training_months " + std::to_string(p.min_training_months) + " of '" + p.role +
              "' is in no training figure of the role, so no source gives it",
          "add the sourced training figure, or mark the number 'training_assumed: true' and "
          "say in 'training_basis' what the sources do say");
    }
    if (p.training_assumed && !p.training_basis) {
      add(p.training_where,
          "the assumed training floor of '" + p.role + "' does not say what the sources say",
          "add 'training_basis: {text: ..., source: ...}'");
    }
    if (p.training_basis)
      credited(p.training_basis->source, p.training_basis->source_where, "a training basis");
  }

  void reasons(const Question& q) {
    for (const auto& o : q.options) {
      for (const auto& rule : o.rules_out) {
        if (states_number(rule.reason)) {
          add(rule.where,
              "the reason for ruling out '" + rule.role + "' states a number but names no source",
              "word it without the number; a sourced floor belongs in profiles.yaml");
        }
      }
    }
  }

  // Each "$35,000" or "8%" in a help text: some figure in the data holds it, and the help
  // names that figure's publisher.
  void help(const Question& q) {
    const std::string& text = q.help;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const bool money = text[i] == '$';
      if (!money && !std::isdigit(static_cast<unsigned char>(text[i]))) continue;
      if (!money && i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1]))) continue;
      std::size_t j = money ? i + 1 : i;
      std::string digits;
      while (j < text.size() && (std::isdigit(static_cast<unsigned char>(text[j])) ||
                                 (text[j] == ',' && j + 1 < text.size() &&
                                  std::isdigit(static_cast<unsigned char>(text[j + 1]))))) {
        if (text[j] != ',') digits += text[j];
        ++j;
      }
      const bool percent = !money && j < text.size() && text[j] == '%';
      if (digits.empty() || (!money && !percent)) {
        i = j;
        continue;
      }
      help_figure(q, std::stod(digits), money, text.substr(i, j - i + (percent ? 1 : 0)));
      i = j;
    }
  }

 private:
  void help_figure(const Question& q, double value, bool money, const std::string& written) {
    std::vector<const Figure*> holders;
    auto look = [&](const std::vector<Figure>& list) {
      for (const auto& f : list) {
        const bool unit_ok = money ? (f.unit == Unit::usd_per_year || f.unit == Unit::usd_per_hour)
                                   : f.unit == Unit::percent;
        if (unit_ok &&
            (std::fabs(f.lowest() - value) < 1e-9 || std::fabs(f.highest() - value) < 1e-9))
          holders.push_back(&f);
      }
    };
    for (const auto& r : catalog_.roles) {
      look(r.pay);
      look(r.growth);
      look(r.outlook);
    }
    for (const auto& c : catalog_.certifications) look(c.pay);
    if (holders.empty()) {
      add(q.where,
          "the help of '" + q.id + "' gives " + written + ", which no figure in the data holds",
          "quote a sourced figure exactly, with its source");
      return;
    }
    for (const Figure* f : holders) {
      const Source* s = catalog_.find_source(f->source);
      if (s && q.help.find(short_name(s->publisher)) != std::string::npos) return;
    }
    const Source* s = catalog_.find_source(holders.front()->source);
    add(q.where,
        "the help of '" + q.id + "' gives " + written + " without naming its source" +
            (s ? " (" + short_name(s->publisher) + ")" : ""),
        "name the publisher next to the figure");
  }

  const Catalog& catalog_;
  std::vector<Error>& out_;
};

}  // namespace

std::vector<Error> lint_catalog(const Catalog& catalog, const Questionnaire& questionnaire) {
  std::vector<Error> out;
  Linter lint(catalog, out);
  for (const auto& r : catalog.roles) {
    lint.claims(r);
    lint.ranges(r.pay, "pay");
    lint.ranges(r.growth, "growth");
    lint.ranges(r.training, "training");
    lint.credential_pay(r);
    lint.schedule(r);
  }
  for (const auto& c : catalog.certifications) lint.ranges(c.pay, "pay");
  for (const auto& p : catalog.profiles) lint.training_floor(p);
  for (const auto& q : questionnaire.questions) {
    lint.reasons(q);
    lint.help(q);
  }
  return out;
}

}  // namespace medcareer
