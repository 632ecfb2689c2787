#include "medcareer/recommend.h"

#include <algorithm>
#include <cmath>

namespace medcareer {

std::string answer_words(const Question& q, const AnswerValue& value) {
  if (const auto* one = std::get_if<std::string>(&value)) {
    const Option* o = q.find_option(*one);
    return o ? o->label : *one;
  }
  if (const auto* many = std::get_if<std::vector<std::string>>(&value)) {
    std::string out;
    for (const auto& id : *many) {
      const Option* o = q.find_option(id);
      out += (out.empty() ? "" : "; ") + (o ? o->label : id);
    }
    return out.empty() ? "none of these" : out;
  }
  double v = std::get<double>(value);
  std::string number = std::fabs(v - std::round(v)) < 1e-9
                           ? std::to_string(static_cast<long long>(std::round(v)))
                           : std::to_string(v);
  if (q.type == QuestionType::scale) {
    auto i = static_cast<std::size_t>(v) - 1;
    return number + " (" + (i < q.anchors.size() ? q.anchors[i] : "") + ")";
  }
  return number + (q.unit.empty() ? "" : " " + q.unit);
}

namespace {

double preparation_months(const Figure& f) {
  double low = f.lowest();
  if (f.unit == Unit::weeks) return low / 4.345;
  return f.unit == Unit::months ? low : 0;
}

std::string relation_of(const Role& role, const std::string& cert) {
  for (const auto& [list, name] : {std::pair{&role.certifications.required, "required"},
                                   std::pair{&role.certifications.recommended, "recommended"},
                                   std::pair{&role.certifications.optional, "optional"}}) {
    if (std::find(list->begin(), list->end(), cert) != list->end()) return name;
  }
  return "related";
}

int relation_rank(const std::string& relation) {
  return relation == "required"      ? 0
         : relation == "recommended" ? 1
         : relation == "optional"    ? 2
                                     : 3;
}

double best_pay(const Certification& c) {
  double best = 0;
  for (const auto& f : c.pay) {
    if (f.unit == Unit::usd_per_year && f.scope == Scope::typical)
      best = std::max(best, f.highest());
  }
  return best;
}

// The later roles on the top role's ladder, those serving the person's strongest goal first.
std::vector<std::string> growth_roles(const Catalog& catalog, const Role& role,
                                      const ScoreResult& score) {
  std::vector<std::string> ladder = role.leads_to;
  const Goal* goal = nullptr;
  double strongest = 0;
  for (const auto& g : catalog.goals) {
    auto it = score.preferences.find(g.trait);
    if (it != score.preferences.end() && it->second > strongest) strongest = it->second, goal = &g;
  }
  if (goal) {
    std::stable_partition(ladder.begin(), ladder.end(), [&](const std::string& id) {
      return std::find(goal->roles.begin(), goal->roles.end(), id) != goal->roles.end();
    });
  }
  return ladder;
}

std::vector<PathStep> build_path(const Catalog& catalog, const Role& role, const ScoreResult& score,
                                 const std::vector<CertificationPick>& certs) {
  std::vector<PathStep> path;
  path.push_back({"train", role.education});
  auto first = std::find_if(certs.begin(), certs.end(), [](const auto& c) { return !c.later; });
  if (first != certs.end()) {
    const Certification* c = catalog.find_certification(first->id);
    path.push_back(
        {"certify", c->name + " (" + c->id + ")" + (c->body.empty() ? "" : " from " + c->body)});
  }
  std::string settings;
  for (std::size_t i = 0; i < role.settings.size() && i < 3; ++i) {
    settings += (i ? ", " : "") + role.settings[i];
  }
  path.push_back({"first job", role.title + (settings.empty() ? "" : " in " + settings)});
  std::vector<std::string> next = growth_roles(catalog, role, score);
  if (!next.empty()) {
    std::string text;
    for (std::size_t i = 0; i < next.size() && i < 3; ++i) {
      const Role* r = catalog.find_role(next[i]);
      text += (i ? ", then " : "") + (r ? r->title : next[i]);
    }
    path.push_back({"grow", text});
  }
  return path;
}

}  // namespace

std::vector<CertificationPick> rank_certifications(const Catalog& catalog, const Role& role,
                                                   const ScoreResult& score) {
  std::vector<CertificationPick> picks;
  for (const Certification* c : catalog.certifications_for(role.id)) {
    CertificationPick p;
    p.id = c->id;
    p.relation = relation_of(role, c->id);
    std::string shared;
    for (const auto& tag : c->tags) {
      if (std::binary_search(score.tags.begin(), score.tags.end(), tag)) {
        ++p.shared_tags;
        shared += (shared.empty() ? "" : ", ") + tag;
      }
    }
    if (p.relation != "related") p.why.push_back(p.relation + " for a " + role.title);
    if (p.shared_tags > 0) p.why.push_back("matches what you chose: " + shared);
    bool too_long = c->preparation_time && score.training_months &&
                    preparation_months(*c->preparation_time) > *score.training_months;
    if (too_long) p.why.push_back("takes longer to prepare for than the time you have");
    if (c->level != CertLevel::entry) p.why.push_back("for after some experience");
    p.later = too_long || c->level != CertLevel::entry;
    picks.push_back(std::move(p));
  }
  std::sort(picks.begin(), picks.end(),
            [&](const CertificationPick& a, const CertificationPick& b) {
              if (a.later != b.later) return !a.later;
              if (relation_rank(a.relation) != relation_rank(b.relation))
                return relation_rank(a.relation) < relation_rank(b.relation);
              if (a.shared_tags != b.shared_tags) return a.shared_tags > b.shared_tags;
              double pa = best_pay(*catalog.find_certification(a.id));
              double pb = best_pay(*catalog.find_certification(b.id));
              if (pa != pb) return pa > pb;
              return a.id < b.id;
            });
  return picks;
}

Recommendation recommend(const Questionnaire& questionnaire, const Catalog& catalog,
                         const AnswerSet& answers, bool explain) {
  Recommendation rec;
  rec.score = score_answers(questionnaire, catalog, answers);
  const auto& ranking = rec.score.ranking;
  // With too little signal a pick would be a guess: show the ranking and the warning only.
  if (ranking.empty() || ranking.front().ruled_out || rec.score.low_signal) return rec;
  rec.top = ranking.front().role;
  if (ranking.size() > 1) rec.runner_up = ranking[1].role;
  const Role& role = *catalog.find_role(rec.top);
  rec.certifications = rank_certifications(catalog, role, rec.score);
  rec.path = build_path(catalog, role, rec.score, rec.certifications);
  if (!explain || rec.score.total_weight == 0) return rec;

  auto parts = contributions(questionnaire, catalog, answers, rec.top);
  auto driver = [&](const Contribution& c) {
    const Question* q = questionnaire.find_question(c.question);
    return Driver{c.question, answer_words(*q, answers.find(c.question)->value), c.points};
  };
  // Strongest first; equal ones in question order (the sorts are stable).
  std::stable_sort(parts.begin(), parts.end(), [](const Contribution& a, const Contribution& b) {
    return a.points > b.points;
  });
  for (const auto& c : parts) {
    if (round_match(c.points) > 0 && rec.raised.size() < 3) rec.raised.push_back(driver(c));
  }
  std::stable_sort(parts.begin(), parts.end(), [](const Contribution& a, const Contribution& b) {
    return a.points < b.points;
  });
  for (const auto& c : parts) {
    if (round_match(c.points) < 0 && rec.lowered.size() < 3) rec.lowered.push_back(driver(c));
  }
  if (!rec.runner_up.empty() && !rec.score.low_signal) {
    rec.change = what_would_change(questionnaire, catalog, answers, rec.score);
  }
  return rec;
}

}  // namespace medcareer
