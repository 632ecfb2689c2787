// The field list of every struct of the questionnaire and the catalog (base/serial.h), in
// declaration order. A field left out here is not carried into the compiled defaults; the
// round trip of the real data in compiled_data_test.cc compares every field and fails.
#pragma once

#include <tuple>

#include "base/serial.h"
#include "medcareer/catalog.h"
#include "medcareer/questionnaire.h"

namespace medcareer::serial {

// The questionnaire.

template <>
struct EnumLast<Band::Kind> {
  static constexpr Band::Kind value = Band::Kind::at_least;
};
template <>
struct EnumLast<Condition::Op> {
  static constexpr Condition::Op value = Condition::Op::at_most;
};
template <>
struct EnumLast<QuestionType> {
  static constexpr QuestionType value = QuestionType::yes_no;
};

template <>
struct Fields<Trait> {
  static constexpr auto list = std::tuple{&Trait::id, &Trait::label, &Trait::where};
};
template <>
struct Fields<RuleOut> {
  static constexpr auto list =
      std::tuple{&RuleOut::role, &RuleOut::reason, &RuleOut::where, &RuleOut::source};
};
template <>
struct Fields<Option> {
  static constexpr auto list = std::tuple{&Option::id,   &Option::label,     &Option::traits,
                                          &Option::tags, &Option::rules_out, &Option::where,
                                          &Option::need, &Option::warning,   &Option::hopes_pay};
};
template <>
struct Fields<Band> {
  static constexpr auto list = std::tuple{&Band::kind, &Band::bound, &Band::traits, &Band::where};
};
template <>
struct Fields<Condition> {
  static constexpr auto list = std::tuple{&Condition::question, &Condition::op, &Condition::options,
                                          &Condition::bound, &Condition::where};
};
template <>
struct Fields<Question> {
  static constexpr auto list = std::tuple{&Question::id,
                                          &Question::section,
                                          &Question::prompt,
                                          &Question::help,
                                          &Question::type,
                                          &Question::optional,
                                          &Question::default_option,
                                          &Question::default_number,
                                          &Question::when,
                                          &Question::options,
                                          &Question::max_choices,
                                          &Question::anchors,
                                          &Question::scale_traits,
                                          &Question::min,
                                          &Question::max,
                                          &Question::unit,
                                          &Question::bands,
                                          &Question::measures,
                                          &Question::change_cost,
                                          &Question::where};
};
template <>
struct Fields<Section> {
  static constexpr auto list = std::tuple{&Section::id, &Section::title, &Section::where};
};
template <>
struct Fields<Migration::Change> {
  static constexpr auto list = std::tuple{&Migration::Change::question, &Migration::Change::option,
                                          &Migration::Change::rename, &Migration::Change::becomes,
                                          &Migration::Change::where};
};
template <>
struct Fields<Migration> {
  static constexpr auto list = std::tuple{&Migration::from, &Migration::note, &Migration::prompts,
                                          &Migration::changes, &Migration::where};
};
template <>
struct Fields<Questionnaire> {
  static constexpr auto list = std::tuple{&Questionnaire::id,
                                          &Questionnaire::version,
                                          &Questionnaire::title,
                                          &Questionnaire::intro,
                                          &Questionnaire::full_evidence,
                                          &Questionnaire::traits,
                                          &Questionnaire::sections,
                                          &Questionnaire::questions,
                                          &Questionnaire::tag_labels,
                                          &Questionnaire::migrations,
                                          PathField<Questionnaire>{&Questionnaire::path}};
};

// The catalog.

template <>
struct EnumLast<Unit> {
  static constexpr Unit value = Unit::people;
};
template <>
struct EnumLast<Kind> {
  static constexpr Kind value = Kind::difference;
};
template <>
struct EnumLast<Scope> {
  static constexpr Scope value = Scope::population;
};
template <>
struct EnumLast<Amount> {
  static constexpr Amount value = Amount::high;
};
template <>
struct EnumLast<RemoteShare> {
  static constexpr RemoteShare value = RemoteShare::common;
};
template <>
struct EnumLast<CertLevel> {
  static constexpr CertLevel value = CertLevel::specialty;
};

template <>
struct Fields<Source> {
  static constexpr auto list =
      std::tuple{&Source::id,     &Source::publisher, &Source::title,
                 &Source::period, &Source::via,       &Source::see_also,
                 &Source::sells,  &Source::sells_for, &Source::sells_for_where,
                 &Source::note,   &Source::where};
};
template <>
struct Fields<Figure> {
  static constexpr auto list = std::tuple{
      &Figure::value, &Figure::low,    &Figure::high,  &Figure::unit,         &Figure::kind,
      &Figure::scope, &Figure::who,    &Figure::what,  &Figure::period,       &Figure::source,
      &Figure::also,  &Figure::listed, &Figure::where, &Figure::source_where, &Figure::also_where};
};
template <>
struct Fields<SourcedText> {
  static constexpr auto list =
      std::tuple{&SourcedText::text,  &SourcedText::source,       &SourcedText::see_also,
                 &SourcedText::where, &SourcedText::source_where, &SourcedText::see_also_where};
};
template <>
struct Fields<GrowthStep> {
  static constexpr auto list =
      std::tuple{&GrowthStep::role,  &GrowthStep::focus, &GrowthStep::why,
                 &GrowthStep::takes, &GrowthStep::where, &GrowthStep::id_where};
};
template <>
struct Fields<RoleCertifications> {
  static constexpr auto list =
      std::tuple{&RoleCertifications::required, &RoleCertifications::recommended,
                 &RoleCertifications::optional};
};
template <>
struct Fields<Role> {
  static constexpr auto list = std::tuple{&Role::id,
                                          &Role::title,
                                          &Role::entry,
                                          &Role::summary,
                                          &Role::duties,
                                          &Role::settings,
                                          &Role::skills,
                                          &Role::education,
                                          &Role::training,
                                          &Role::certifications,
                                          &Role::pay,
                                          &Role::growth,
                                          &Role::outlook,
                                          &Role::notes,
                                          &Role::remote,
                                          &Role::remote_note,
                                          &Role::schedule,
                                          &Role::schedule_source,
                                          &Role::schedule_where,
                                          &Role::schedule_source_where,
                                          &Role::patient_contact,
                                          &Role::physical_activity,
                                          &Role::leads_to,
                                          &Role::grows_into,
                                          &Role::start_without_certification,
                                          &Role::train_while_working,
                                          &Role::where,
                                          &Role::id_where};
};
template <>
struct Fields<Certification> {
  static constexpr auto list = std::tuple{&Certification::id,
                                          &Certification::acronym_given,
                                          &Certification::name,
                                          &Certification::body,
                                          &Certification::roles,
                                          &Certification::covers,
                                          &Certification::prerequisites,
                                          &Certification::preparation,
                                          &Certification::preparation_time,
                                          &Certification::pay,
                                          &Certification::level,
                                          &Certification::tags,
                                          &Certification::source,
                                          &Certification::where,
                                          &Certification::source_where,
                                          &Certification::id_where};
};
template <>
struct Fields<Profile> {
  static constexpr auto list = std::tuple{&Profile::role,
                                          &Profile::traits,
                                          &Profile::min_training_months,
                                          &Profile::training_assumed,
                                          &Profile::training_basis,
                                          &Profile::training_where,
                                          &Profile::requires_traits,
                                          &Profile::where,
                                          &Profile::trait_where};
};
template <>
struct Fields<Goal> {
  static constexpr auto list =
      std::tuple{&Goal::trait, &Goal::roles, &Goal::where, &Goal::id_where};
};
template <>
struct Fields<Catalog> {
  static constexpr auto list =
      std::tuple{&Catalog::sources, &Catalog::roles, &Catalog::certifications, &Catalog::profiles,
                 &Catalog::goals};
};

}  // namespace medcareer::serial
